// Where the wizard's files come from: Add files or Add folder (native dialog or the chooser), or a drop on the window.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { CloseButton } from '../../components/CloseButton';
import { Icon } from '../../components/Icon';
import type { ImportWizardState } from '../../store/import-wizard-selectors';

export function SourcePicker({ wizard }: { wizard: ImportWizardState }): ReactElement {
  const runCommand = useAppStore((state) => state.runCommand);
  const remove = useAppStore((state) => state.removeImportInput);
  const desktop = useAppStore((state) => state.appInfo?.mode === 'desktop');

  return (
    <div className="wizard-sources" data-testid="wizard-sources">
      <div className="wizard-drop">
        <Icon name="upload" size={18} />
        <span>{desktop ? 'Drop files or a folder on this window, or' : 'Add the client’s exports:'}</span>
        <Button icon="file" data-testid="wizard-add-files" onClick={() => void runCommand('import-files')}>
          Add files…
        </Button>
        <Button icon="folder" data-testid="wizard-add-folder" onClick={() => void runCommand('import-folder')}>
          Add folder…
        </Button>
      </div>
      {wizard.inputs.length > 0 && (
        <ul className="wizard-inputs" aria-label="Chosen files and folders">
          {wizard.inputs.map((input) => (
            <li key={input} className="wizard-input" title={input} data-testid="wizard-input">
              <span className="wizard-input-path">{input}</span>
              <CloseButton label={`Remove ${input}`} onClick={() => void remove(input)} />
            </li>
          ))}
        </ul>
      )}
      {wizard.unusable.map((item) => (
        <p key={item.path} className="wizard-unusable" role="alert">
          {item.reason}
        </p>
      ))}
    </div>
  );
}
