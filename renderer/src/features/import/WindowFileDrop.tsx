// Files dropped anywhere on the window (desktop app): added to the import wizard, or a dropped case file opened.
import { useEffect, useState, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export function WindowFileDrop(): ReactElement | null {
  const drop = useAppStore((state) => state.dropImportFiles);
  const caseOpen = useAppStore((state) => state.caseInfo !== null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the pointer really left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    // Without preventDefault the browser would navigate to the dropped file, leaving the app.
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const dropped = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void drop(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', dropped);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', dropped);
    };
  }, [drop]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-panel">
        <Icon name="upload" size={26} />
        <strong>{caseOpen ? 'Drop to add these files to the import' : 'Drop a .driftcase file to open it'}</strong>
      </div>
    </div>
  );
}
