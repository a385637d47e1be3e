// The import settings the consultant keeps for the case: the zones of exports that write local times without one.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';

export function ImportSettings(): ReactElement {
  const text = useAppStore((state) => state.importTimeZones);
  const setText = useAppStore((state) => state.setImportTimeZones);
  const running = useAppStore((state) => state.importRunning);

  return (
    <section className="import-settings" aria-label="Import settings">
      <label className="field">
        <span className="field-label">Zones for times without one</span>
        <input
          className="text-input"
          data-testid="import-time-zones"
          placeholder="erp=America/Chicago, wms=UTC"
          title="Applied to the next imports: SYSTEM=ZONE, FILE=ZONE or a bare ZONE, separated by commas"
          value={text}
          disabled={running}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
    </section>
  );
}
