// The wizard's files, each with how it would be read (preset, edited mapping, not recognised) and its system's colour.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { formatBytes } from '../../components/format';
import { fileStatus, type ImportWizardState, type WizardFile, type WizardFileStatus } from '../../store/import-wizard-selectors';

const STATUS_TEXT: Record<WizardFileStatus, string> = {
  pending: 'Reading…',
  recognised: '',
  edited: 'edited mapping',
  unrecognised: 'not recognised: kept as text',
  error: 'cannot be previewed',
};

export function WizardFileList({ wizard }: { wizard: ImportWizardState }): ReactElement {
  const select = useAppStore((state) => state.selectImportFile);
  return (
    <ul className="wizard-files" aria-label="Files to import" data-testid="wizard-files">
      {wizard.files.map((file) => (
        <li key={file.path}>
          <FileItem file={file} selected={file.path === wizard.selected} onSelect={() => select(file.path)} />
        </li>
      ))}
      {wizard.files.length === 0 && !wizard.listing && <li className="wizard-files-empty">No files yet.</li>}
      {wizard.listing && <li className="wizard-files-empty">Looking for files…</li>}
    </ul>
  );
}

function FileItem({ file, selected, onSelect }: { file: WizardFile; selected: boolean; onSelect: () => void }): ReactElement {
  const status = fileStatus(file);
  const system = file.preview?.system ?? null;
  const readAs = file.mapping?.name ?? file.preview?.mappingName ?? null;
  return (
    <button
      type="button"
      className={selected ? 'wizard-file selected' : 'wizard-file'}
      aria-current={selected ? 'true' : undefined}
      data-testid="wizard-file"
      data-status={status}
      data-path={file.path}
      title={file.path}
      onClick={onSelect}
    >
      <span className={`system-dot-lg ${system === null ? '' : `system-${system}`}`} aria-hidden="true" />
      <span className="wizard-file-text">
        <span className="wizard-file-name">{file.relativePath}</span>
        <span className={`wizard-file-how status-${status}`}>
          {file.previewing && status !== 'pending' ? 'Reading again… ' : ''}
          {status === 'recognised' || status === 'edited' ? readAs : STATUS_TEXT[status]}
          {status === 'edited' && ` (${STATUS_TEXT.edited})`}
        </span>
      </span>
      <span className="wizard-file-size">{formatBytes(file.bytes)}</span>
    </button>
  );
}
