// The case at a glance: SKUs, rows per table, files and rejects, the time span, and drifting SKU x locations per cluster.
import type { ReactElement, ReactNode } from 'react';
import { clusterLabel } from '../../../../shared/model/findings';
import type { CaseSummary } from '../../../../shared/model/home';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { formatCount } from '../../components/format';
import { formatSpan, formatUtcInstant } from '../../components/format-time';
import { selectCanAnalyse } from '../../store/selectors';

export function SummaryStrip({ summary }: { summary: CaseSummary }): ReactElement {
  return (
    <div className="summary-strip" data-testid="summary-strip">
      <Tile label="SKUs" value={formatCount(summary.skus)} testId="summary-skus" />
      <Tile label="Events" value={formatCount(summary.events)} testId="summary-events" />
      <Tile label="Ledger rows" value={formatCount(summary.ledgerRows)} testId="summary-ledger" />
      <Tile label="Snapshots" value={formatCount(summary.snapshots)} testId="summary-snapshots" />
      <Tile
        label="Files"
        value={formatCount(summary.sources)}
        testId="summary-files"
        note={summary.rejects > 0 ? <span className="warn">{formatCount(summary.rejects)} rows rejected</span> : 'no row rejected'}
      />
      <TimeSpan summary={summary} />
      <Drift summary={summary} />
    </div>
  );
}

function Tile({ label, value, note, testId }: { label: string; value: string; note?: ReactNode; testId: string }): ReactElement {
  return (
    <div className="summary-tile" data-testid={testId}>
      <span className="summary-label">{label}</span>
      <span className="summary-value">{value}</span>
      {note !== undefined && <span className="summary-note">{note}</span>}
    </div>
  );
}

function TimeSpan({ summary }: { summary: CaseSummary }): ReactElement {
  const { firstInstant, lastInstant } = summary;
  if (firstInstant === null || lastInstant === null) {
    return <Tile label="Time span" value="—" note="no row carries a time" testId="summary-span" />;
  }
  return (
    <Tile
      label="Time span"
      value={formatSpan(firstInstant, lastInstant)}
      note={
        <>
          {formatUtcInstant(firstInstant)} → {formatUtcInstant(lastInstant)}
        </>
      }
      testId="summary-span"
    />
  );
}

function Drift({ summary }: { summary: CaseSummary }): ReactElement {
  const navigate = useAppStore((state) => state.navigate);
  const analyse = useAppStore((state) => state.analyse);
  const canAnalyse = useAppStore(selectCanAnalyse);
  const analysis = summary.analysis;
  if (analysis === null) {
    return (
      <div className="summary-tile summary-drift" data-testid="summary-drift" data-analysed="false">
        <span className="summary-label">Drift</span>
        <span className="summary-note">Not analysed yet: compare the systems and explain each drifting SKU.</span>
        <Button icon="search" disabled={!canAnalyse || summary.sources === 0} onClick={() => void analyse()}>
          Analyse
        </Button>
      </div>
    );
  }
  return (
    <div className="summary-tile summary-drift" data-testid="summary-drift" data-analysed="true">
      <span className="summary-label">Drifting SKU × locations</span>
      <span className="summary-value">{formatCount(analysis.driftingSkus)}</span>
      <ul className="summary-clusters">
        {analysis.clusters.map((row) => (
          <li key={row.cluster}>
            <button
              type="button"
              className="cluster-chip"
              data-testid="summary-cluster"
              data-cluster={row.cluster}
              title={`Open the ${clusterLabel(row.cluster)} card`}
              onClick={() => navigate({ kind: 'verdicts', cluster: row.cluster })}
            >
              {clusterLabel(row.cluster)} <strong>{formatCount(row.skus)}</strong>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
