// The board's coverage card: the event types a path needs but never carried (configuration gaps).
import type { ReactElement } from 'react';
import type { CoverageRow } from '../../../../shared/model/findings';
import { formatCount } from '../../components/format';
import { selectCoverageGaps } from '../../store/verdict-selectors';
import { Icon } from '../../components/Icon';
import { OpenTableLink } from './OpenTableLink';
import './verdicts.css';

export function CoverageCard({ coverage }: { coverage: CoverageRow[] }): ReactElement {
  const gaps = selectCoverageGaps(coverage);
  const carried = coverage.filter((row) => row.seen > 0).length;
  return (
    <article className="board-card info-card" data-testid="coverage-card" aria-label="Coverage">
      <header className="info-card-header">
        <h3 className="board-card-title">Coverage</h3>
        <OpenTableLink table="analysis_coverage" />
      </header>
      <p className="info-card-lead">
        <strong>{formatCount(carried)}</strong> path and event-type pair{carried === 1 ? '' : 's'} carried ·{' '}
        <strong>{formatCount(gaps.length)}</strong> gap{gaps.length === 1 ? '' : 's'}
      </p>
      {gaps.length === 0 ? (
        <p className="board-card-note coverage-clean">
          <Icon name="check" size={14} /> Every event type the business needs appears on its path.
        </p>
      ) : (
        <ul className="gap-list">
          {gaps.map((row) => (
            <li key={`${row.path}|${row.event_type}`} data-testid="coverage-gap">
              <Icon name="alert" size={14} />
              <span>
                <strong>{row.event_type}</strong> never seen on <span className="path-cell">{row.path}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
