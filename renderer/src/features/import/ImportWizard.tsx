// The import wizard: choose files or folders, see how each file would be read (preset and why, mapped rows), adjust, then Load.
import { useEffect, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { CloseButton } from '../../components/CloseButton';
import { formatCount } from '../../components/format';
import { selectedFile, wizardCounts, type ImportWizardState } from '../../store/import-wizard-selectors';
import { baseName } from '../../store/paths';
import { FileDetail } from './FileDetail';
import { SourcePicker } from './SourcePicker';
import { WizardFileList } from './WizardFileList';
import { ZoneRules } from './ZoneRules';
import './import-wizard.css';

export function ImportWizard({ wizard }: { wizard: ImportWizardState }): ReactElement {
  const close = useAppStore((state) => state.closeImportWizard);
  const load = useAppStore((state) => state.loadImportFiles);
  const importRunning = useAppStore((state) => state.importRunning);
  const caseName = useAppStore((state) => (state.caseInfo === null ? '' : baseName(state.caseInfo.path)));
  const file = selectedFile(wizard);
  const counts = wizardCounts(wizard);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <div className="modal-backdrop">
      <div className="modal import-wizard" role="dialog" aria-modal="true" aria-label="Import files" data-testid="import-wizard">
        <header className="modal-header">
          <h2>
            Import into <span className="path-cell">{caseName}</span>
          </h2>
          <CloseButton label="Close the import wizard" onClick={close} />
        </header>
        <div className="wizard-top">
          <SourcePicker wizard={wizard} />
          <ZoneRules wizard={wizard} />
        </div>
        <div className="wizard-body">
          <WizardFileList wizard={wizard} />
          {file === null ? (
            <div className="wizard-detail wizard-detail-empty">
              {wizard.listing ? 'Looking for files…' : 'Files you add are listed on the left; pick one to see how it would be read.'}
            </div>
          ) : (
            <FileDetail file={file} editing={wizard.editing} />
          )}
        </div>
        <footer className="modal-footer">
          {wizard.message !== null ? (
            <span className={`wizard-message wizard-message-${wizard.message.tone}`} role={wizard.message.tone === 'error' ? 'alert' : 'status'} data-testid="wizard-message">
              {wizard.message.text}
            </span>
          ) : (
            <span className="wizard-message muted" data-testid="wizard-counts">
              {counts.files === 0
                ? 'No files yet'
                : `${formatCount(counts.files)} ${counts.files === 1 ? 'file' : 'files'}: ${counts.recognised} recognised` +
                  (counts.edited > 0 ? `, ${counts.edited} with an edited mapping` : '') +
                  (counts.unrecognised > 0 ? `, ${counts.unrecognised} not recognised (kept as text)` : '') +
                  (counts.failing > 0 ? `, ${counts.failing} cannot be previewed` : '') +
                  (counts.pending > 0 ? `, ${counts.pending} being read` : '')}
            </span>
          )}
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="primary"
            icon="upload"
            data-testid="wizard-load"
            disabled={counts.files === 0 || wizard.listing || importRunning}
            onClick={() => void load()}
          >
            Load {counts.files === 0 ? '' : `${formatCount(counts.files)} ${counts.files === 1 ? 'file' : 'files'}`}
          </Button>
        </footer>
      </div>
    </div>
  );
}
