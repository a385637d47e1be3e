// The crosswalk on the case home: each system's locations and SKUs, the identity each maps to and how it was matched.
import { useEffect, useId, useState, type ReactElement } from 'react';
import { CROSSWALK_KINDS, CROSSWALK_METHOD_LABELS, type CrosswalkKind } from '../../../../shared/model/crosswalk';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatCount } from '../../components/format';
import { CROSSWALK_PAGE_SIZE } from '../../store/crosswalk-slice';
import { crosswalkGroups, crosswalkRemaining, crosswalkTargets, currentCrosswalk } from '../../store/crosswalk-selectors';
import { CrosswalkRow } from './CrosswalkRow';
import './crosswalk.css';

const KIND_LABELS: Record<CrosswalkKind, string> = { location: 'Locations', sku: 'SKUs' };

/** Typing settles this long before the search is sent. */
const SEARCH_DELAY_MS = 250;

export function CrosswalkPanel(): ReactElement {
  const casePath = useAppStore((state) => state.caseInfo?.path ?? null);
  // The tables list is read again after every import and mapping: each may change the crosswalk.
  const tables = useAppStore((state) => state.tables);
  const kind = useAppStore((state) => state.crosswalkKind);
  const view = useAppStore(currentCrosswalk);
  const remaining = useAppStore(crosswalkRemaining);
  const loading = useAppStore((state) => state.crosswalkLoading);
  const saving = useAppStore((state) => state.crosswalkSaving);
  const problem = useAppStore((state) => state.crosswalkProblem);
  const loadCrosswalk = useAppStore((state) => state.loadCrosswalk);
  const showCrosswalkKind = useAppStore((state) => state.showCrosswalkKind);
  const loadMoreCrosswalk = useAppStore((state) => state.loadMoreCrosswalk);
  const listId = useId();

  useEffect(() => {
    void loadCrosswalk();
  }, [casePath, tables, loadCrosswalk]);

  const groups = view === null ? [] : crosswalkGroups(view.entries);
  const targets = view === null ? [] : crosswalkTargets(view.entries);
  return (
    <section className="home-card crosswalk-panel" aria-label="Identity across systems" data-testid="crosswalk-panel">
      <header className="home-card-header">
        <h2>Identity across systems</h2>
        {view !== null && <MethodCounts methods={view.methods} />}
        <span className="home-card-hint">
          Inferred after every import from shared references, snapshot figures and spellings. Your mappings always win.
        </span>
      </header>
      <div className="crosswalk-toolbar">
        <div className="crosswalk-tabs" role="tablist" aria-label="Show">
          {CROSSWALK_KINDS.map((choice) => (
            <button
              key={choice}
              type="button"
              role="tab"
              aria-selected={choice === kind}
              className={choice === kind ? 'crosswalk-tab selected' : 'crosswalk-tab'}
              data-testid={`crosswalk-tab-${choice}`}
              onClick={() => void showCrosswalkKind(choice)}
            >
              {KIND_LABELS[choice]}
            </button>
          ))}
        </div>
        <CrosswalkSearch key={`${casePath ?? ''}:${kind}`} kind={kind} />
        <span className="crosswalk-status" aria-live="polite">
          {saving ? 'Saving and matching again…' : loading ? 'Reading…' : view === null ? '' : `${formatCount(view.total)} ${view.total === 1 ? 'row' : 'rows'}`}
        </span>
      </div>
      {problem !== null && (
        <p className="crosswalk-problem" role="alert">
          The crosswalk could not be read: {problem}
        </p>
      )}
      {view !== null && view.entries.length === 0 && <p className="crosswalk-empty">{emptyText(kind, view.search)}</p>}
      {groups.length > 0 && (
        <div className="crosswalk-scroll">
          <table className="summary-table crosswalk-table" data-testid="crosswalk-table">
            <colgroup>
              <col className="crosswalk-col-identity" />
              <col className="crosswalk-col-system" />
              <col className="crosswalk-col-value" />
              <col className="crosswalk-col-method" />
              <col className="crosswalk-col-confidence" />
              <col />
              <col className="crosswalk-col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th>Identity</th>
                <th>System</th>
                <th>Value</th>
                <th>Matched by</th>
                <th className="numeric">Confidence</th>
                <th>How it was matched</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.identity} className="crosswalk-group">
                {group.entries.map((entry, index) => (
                  <CrosswalkRow key={`${entry.system}:${entry.raw_key}`} entry={entry} first={index === 0} targetsId={listId} />
                ))}
              </tbody>
            ))}
          </table>
          <datalist id={listId}>
            {targets.map((target) => (
              <option key={target} value={target} />
            ))}
          </datalist>
        </div>
      )}
      {remaining > 0 && (
        <div className="crosswalk-more">
          <Button onClick={() => void loadMoreCrosswalk()} disabled={loading}>
            Show {formatCount(Math.min(remaining, CROSSWALK_PAGE_SIZE))} more of {formatCount(remaining)}
          </Button>
        </div>
      )}
    </section>
  );
}

function emptyText(kind: CrosswalkKind, search: string): string {
  if (search !== '') return `Nothing matches “${search}”.`;
  if (kind === 'location') return 'No locations yet: import the client’s exports and each system’s warehouses are matched here.';
  return 'Every system writes the SKUs alike: nothing to match.';
}

function MethodCounts({ methods }: { methods: { method: keyof typeof CROSSWALK_METHOD_LABELS; count: number }[] }): ReactElement {
  return (
    <span className="muted crosswalk-counts">
      {methods.map((row, index) => (
        <span key={row.method}>
          {index > 0 && ' · '}
          {CROSSWALK_METHOD_LABELS[row.method]}: {formatCount(row.count)}
        </span>
      ))}
    </span>
  );
}

/** The search box; keyed by case and kind, so it starts empty as the store's search does. */
function CrosswalkSearch({ kind }: { kind: CrosswalkKind }): ReactElement {
  const searchCrosswalk = useAppStore((state) => state.searchCrosswalk);
  const searched = useAppStore((state) => state.crosswalkSearch);
  const [text, setText] = useState(searched);

  useEffect(() => {
    if (text.trim() === searched) return undefined;
    const timer = setTimeout(() => void searchCrosswalk(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, searched, searchCrosswalk]);

  return (
    <label className="crosswalk-search">
      <Icon name="search" size={13} />
      <input
        type="search"
        value={text}
        placeholder={kind === 'location' ? 'Find a location' : 'Find a SKU'}
        aria-label={kind === 'location' ? 'Find a location' : 'Find a SKU'}
        data-testid="crosswalk-search"
        onChange={(event) => setText(event.target.value)}
      />
    </label>
  );
}
