// The small × button that dismisses a banner, a panel or a dialog.
import type { ReactElement } from 'react';
import { Icon } from './Icon';

export function CloseButton({ label, onClick }: { label: string; onClick: () => void }): ReactElement {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClick}>
      <Icon name="close" size={14} />
    </button>
  );
}
