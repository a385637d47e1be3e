// The board's sync-mode card: per path, whether it syncs on a clock (and how often) or on events.
import type { ReactElement } from 'react';
import type { SyncModeFinding } from '../../../../shared/model/findings';
import { formatCount } from '../../components/format';
import { syncModeLabel } from '../../store/verdict-selectors';
import { OpenTableLink } from './OpenTableLink';
import './verdicts.css';

export function SyncModeCard({ modes }: { modes: SyncModeFinding[] }): ReactElement {
  return (
    <article className="board-card info-card" data-testid="sync-mode-card" aria-label="Sync mode">
      <header className="info-card-header">
        <h3 className="board-card-title">Sync mode</h3>
        <OpenTableLink table="analysis_sync_mode" />
      </header>
      {modes.length === 0 ? (
        <p className="board-card-note">No path carried events, so no sync mode could be told.</p>
      ) : (
        <ul className="sync-list">
          {modes.map((mode) => (
            <li key={mode.path} className="sync-row" data-testid="sync-mode" data-path={mode.path} data-mode={mode.mode} title={mode.evidence}>
              <span className="path-cell">{mode.path}</span>
              <span className={`sync-mode sync-mode-${mode.mode}`}>{syncModeLabel(mode)}</span>
              <span className="sync-events">{formatCount(mode.events)} events</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
