// The zones of naive times for every file (SYSTEM=ZONE, FILE=ZONE or a bare ZONE), and which files still lack one.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import type { ImportWizardState } from '../../store/import-wizard-selectors';
import { filesWithoutZone } from '../../store/import-wizard-selectors';

export function ZoneRules({ wizard }: { wizard: ImportWizardState }): ReactElement {
  const text = useAppStore((state) => state.importTimeZones);
  const setText = useAppStore((state) => state.setImportTimeZones);
  const refresh = useAppStore((state) => state.refreshImportPreviews);
  const missing = filesWithoutZone(wizard);

  return (
    <div className="wizard-zones">
      <label className="field">
        <span className="field-label">Zones for times written without one</span>
        <input
          className="text-input"
          data-testid="import-time-zones"
          placeholder="erp=America/Chicago, wms=UTC"
          title="SYSTEM=ZONE, FILE=ZONE or a bare ZONE, separated by commas; the same rules as the CLI's --tz"
          value={text}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onBlur={() => void refresh()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void refresh();
          }}
        />
      </label>
      {missing.length > 0 && (
        <p className="wizard-zone-missing warn" data-testid="wizard-zone-missing">
          No zone given for the naive times of {missing.map((file) => `${file.relativePath}${file.system === null ? '' : ` (${file.system})`}`).join(', ')}: they
          would be read as UTC.
        </p>
      )}
    </div>
  );
}
