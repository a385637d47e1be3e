// Time travel: pick an instant (in the display zone, or by clicking the chart) and read every system's quantity then.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { COUNTING_SYSTEMS } from '../../../../shared/model/findings';
import { formatInstant, fromZonedInput, toZonedInput } from '../../store/zone-time';
import { SYSTEM_LABELS } from './timeline-option';

export function AsOfControl(): ReactElement {
  const asOf = useAppStore((state) => state.asOf);
  const zone = useAppStore((state) => state.displayZone);
  const setAsOf = useAppStore((state) => state.setAsOf);
  const at = asOf === null ? null : Date.parse(asOf.at);

  return (
    <div className="as-of" data-testid="as-of">
      <label className="as-of-picker">
        <span className="toolbar-label">As of</span>
        <input
          type="datetime-local"
          step={1}
          className="text-input as-of-input"
          aria-label={`As-of instant (${zone})`}
          value={at === null ? '' : toZonedInput(at, zone)}
          onChange={(event) => {
            const ms = fromZonedInput(event.target.value, zone);
            if (ms !== null) void setAsOf(new Date(ms).toISOString());
          }}
        />
      </label>
      {asOf === null ? (
        <span className="as-of-hint muted">Pick an instant, or click the chart, to see every system's quantity then.</span>
      ) : (
        <div className="as-of-levels" data-testid="as-of-levels" aria-live="polite">
          {COUNTING_SYSTEMS.map((system) => {
            const level = asOf.levels?.[system];
            return (
              <span key={system} className="as-of-level" data-system={system} data-level={level ?? ''}>
                <span className={`swatch swatch-${system}`} aria-hidden="true" />
                {SYSTEM_LABELS[system]} <strong>{asOf.levels === null ? '…' : (level ?? '—')}</strong>
              </span>
            );
          })}
          <span className="muted as-of-when">{asOf.problem ?? `at ${formatInstant(at ?? 0, zone, { zoneName: true })}`}</span>
          <button type="button" className="link-button" onClick={() => void setAsOf(null)}>
            Clear
          </button>
        </div>
      )}
    </div>
  );
}
