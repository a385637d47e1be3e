// A dismissable message strip under the top bar, for errors and for short confirmations.
import type { ReactElement, ReactNode } from 'react';
import { Icon } from './Icon';
import { CloseButton } from './CloseButton';

interface BannerProps {
  tone: 'error' | 'info';
  testId: string;
  title?: string;
  children: ReactNode;
  onDismiss: () => void;
}

export function Banner({ tone, testId, title, children, onDismiss }: BannerProps): ReactElement {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <Icon name={tone === 'error' ? 'alert' : 'check'} />
      <div className="banner-text">
        {title !== undefined && <strong className="banner-title">{title}</strong>}
        <span className="banner-message">{children}</span>
      </div>
      <CloseButton label="Dismiss" onClick={onDismiss} />
    </div>
  );
}
