// The verdict views' empty, loading-failed and not-found states: an icon, what is the matter, and what to do next.
import type { ReactElement, ReactNode } from 'react';
import { Icon, type IconName } from '../../components/Icon';
import './verdicts.css';

interface ViewMessageProps {
  icon: IconName;
  title: string;
  children?: ReactNode;
  testId?: string;
  tone?: 'neutral' | 'problem';
}

export function ViewMessage({ icon, title, children, testId, tone = 'neutral' }: ViewMessageProps): ReactElement {
  return (
    <div className={`view-message view-message-${tone}`} data-testid={testId} role={tone === 'problem' ? 'alert' : undefined}>
      <Icon name={icon} size={28} />
      <p className="view-message-title">{title}</p>
      {children}
    </div>
  );
}
