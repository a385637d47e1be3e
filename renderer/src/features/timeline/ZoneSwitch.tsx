// The zone times are shown in: UTC, or any IANA zone typed in (checked with Intl before it applies).
import { useId, useState, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { canonicalZone, UTC_ZONE } from '../../store/zone-time';

const ZONE_NAMES = Intl.supportedValuesOf('timeZone');
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function ZoneSwitch(): ReactElement {
  const zone = useAppStore((state) => state.displayZone);
  const setDisplayZone = useAppStore((state) => state.setDisplayZone);
  const [draft, setDraft] = useState(zone === UTC_ZONE ? BROWSER_ZONE : zone);
  const [problem, setProblem] = useState<string | null>(null);
  const listId = useId();

  const apply = () => {
    if (!setDisplayZone(draft)) return setProblem(`Unknown time zone "${draft.trim()}"`);
    setProblem(null);
    setDraft(canonicalZone(draft) ?? draft);
  };

  return (
    <div className="zone-switch" role="group" aria-label="Display time zone" data-testid="zone-switch" data-zone={zone}>
      <span className="toolbar-label">Times in</span>
      <button
        type="button"
        className="segment"
        aria-pressed={zone === UTC_ZONE}
        onClick={() => {
          setProblem(null);
          setDisplayZone(UTC_ZONE);
        }}
      >
        UTC
      </button>
      <form
        className="zone-form"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <input
          className="text-input zone-input"
          list={listId}
          value={draft}
          aria-label="Time zone name"
          aria-invalid={problem !== null}
          spellCheck={false}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="segment" aria-pressed={zone !== UTC_ZONE}>
          Show in zone
        </button>
        {problem !== null && (
          <span className="zone-problem" role="alert">
            {problem}
          </span>
        )}
      </form>
      <datalist id={listId}>
        {ZONE_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}
