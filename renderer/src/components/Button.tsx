// The app's one button: quiet by default, primary for the main action, with an optional leading icon.
import type { ButtonHTMLAttributes, ReactElement } from 'react';
import { Icon, type IconName } from './Icon';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon?: IconName;
  variant?: 'default' | 'primary' | 'ghost';
}

export function Button({ icon, variant = 'default', className, children, ...rest }: ButtonProps): ReactElement {
  const classes = ['button', `button-${variant}`, className].filter(Boolean).join(' ');
  return (
    <button type="button" className={classes} {...rest}>
      {icon !== undefined && <Icon name={icon} />}
      {children}
    </button>
  );
}
