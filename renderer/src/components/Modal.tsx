// A centred modal dialog over a dimmed backdrop; Escape or the close button cancels it.
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { CloseButton } from './CloseButton';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer: ReactNode;
  testId?: string;
  /** Wide dialogs hold a document preview beside their fields. */
  wide?: boolean;
}

export function Modal({ title, onClose, children, footer, testId, wide = false }: ModalProps): ReactElement {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="modal-backdrop">
      <div className={wide ? 'modal modal-wide' : 'modal'} role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <header className="modal-header">
          <h2>{title}</h2>
          <CloseButton label="Close" onClick={onClose} />
        </header>
        <div className="modal-body">{children}</div>
        <footer className="modal-footer">{footer}</footer>
      </div>
    </div>
  );
}
