// The running import on the case home: phase, file, how far, and Cancel (the file loading is rolled back, loaded ones stay).
import type { ReactElement } from 'react';
import type { ImportPhase } from '../../../../shared/model/import';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { formatBytes, formatCount } from '../../components/format';
import { baseName } from '../../store/paths';
import { selectImportFraction } from '../../store/selectors';

const PHASES: Record<ImportPhase, string> = {
  scanning: 'Looking for files',
  hashing: 'Hashing',
  loading: 'Loading',
  done: 'Finishing',
};

export function HomeImportProgress(): ReactElement {
  const progress = useAppStore((state) => state.importProgress);
  const cancel = useAppStore((state) => state.cancelImport);
  const fraction = selectImportFraction(progress);

  return (
    <div className="home-card home-progress" data-testid="home-import-progress" aria-live="polite">
      <div className="home-progress-head">
        <span className="spinner" aria-hidden="true" />
        <strong>{progress === null ? 'Starting the import' : PHASES[progress.phase]}</strong>
        {progress?.currentFile != null && (
          <span className="home-progress-file" title={progress.currentFile}>
            {baseName(progress.currentFile)}
          </span>
        )}
        <Button data-testid="home-cancel-import" onClick={() => void cancel()}>
          Cancel import
        </Button>
      </div>
      <ProgressBar fraction={fraction} label="Import progress" />
      {progress !== null && (
        <div className="home-progress-figures">
          <span>
            Files {formatCount(progress.filesDone)} of {formatCount(progress.filesTotal)}
          </span>
          <span>
            {formatBytes(progress.bytesDone)} of {formatBytes(progress.bytesTotal)} read
          </span>
          <span>{formatCount(progress.rowsLoaded)} rows loaded</span>
          {progress.fileFraction !== null && <span>{Math.round(progress.fileFraction * 100)}% of this file</span>}
        </div>
      )}
      <p className="muted">Cancel rolls back the file being loaded; files already loaded stay in the case.</p>
    </div>
  );
}
