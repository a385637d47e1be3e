// The status strip while an import runs: phase, current file, files and bytes done, rows loaded, and Cancel.
import type { ReactElement } from 'react';
import type { ImportPhase } from '../../../../shared/model/import';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { formatBytes, formatCount } from '../../components/format';
import { baseName } from '../../store/paths';
import { selectImportFraction } from '../../store/selectors';

const PHASE_LABELS: Record<ImportPhase, string> = {
  scanning: 'Scanning',
  hashing: 'Hashing',
  loading: 'Loading',
  done: 'Finishing',
};

export function ImportProgressStrip(): ReactElement {
  const progress = useAppStore((state) => state.importProgress);
  const cancelImport = useAppStore((state) => state.cancelImport);
  const fraction = selectImportFraction(progress);

  return (
    <div className="import-progress" data-testid="import-progress">
      <span className="spinner" aria-hidden="true" />
      <span className="import-phase">{progress === null ? 'Starting import' : PHASE_LABELS[progress.phase]}</span>
      {progress !== null && (
        <>
          {progress.currentFile !== null && (
            <span className="import-file" title={progress.currentFile}>
              {baseName(progress.currentFile)}
            </span>
          )}
          {progress.fileFraction !== null && (
            <span className="status-item" data-testid="file-progress">
              {Math.round(progress.fileFraction * 100)}% of this file
            </span>
          )}
          <span className="status-item">
            files {formatCount(progress.filesDone)}/{formatCount(progress.filesTotal)}
          </span>
          <span className="status-item">
            {formatBytes(progress.bytesDone)} / {formatBytes(progress.bytesTotal)}
          </span>
          <span className="status-item">{formatCount(progress.rowsLoaded)} rows loaded</span>
        </>
      )}
      <ProgressBar fraction={fraction} label="Import progress" />
      <Button data-testid="cancel-import" onClick={() => void cancelImport()}>
        Cancel
      </Button>
    </div>
  );
}
