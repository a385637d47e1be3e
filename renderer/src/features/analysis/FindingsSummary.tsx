// What the analysis just found: drifting SKUs and units per cluster, sync mode per path, noise and coverage gaps.
import type { ReactElement } from 'react';
import { clusterLabel, type Findings } from '../../../../shared/model/findings';
import { useAppStore } from '../../app/store-context';
import { formatCount } from '../../components/format';
import { CloseButton } from '../../components/CloseButton';

function topSkus(findings: Findings, cluster: string): string {
  return findings.verdicts
    .filter((verdict) => verdict.cluster === cluster)
    .slice(0, 3)
    .map((verdict) => `${verdict.sku}${verdict.location === null ? '' : ` @ ${verdict.location}`}`)
    .join(', ');
}

export function FindingsSummary(): ReactElement | null {
  const findings = useAppStore((state) => state.findings);
  const dismiss = useAppStore((state) => state.dismissFindings);
  const selectTable = useAppStore((state) => state.selectTable);
  if (findings === null) return null;
  const { summary } = findings;
  const gaps = findings.coverage.filter((row) => row.gap);

  return (
    <section className="import-summary" data-testid="findings-summary" aria-label="Analysis findings">
      <header className="import-summary-header">
        <strong>Analysis finished</strong>
        <span>
          {formatCount(summary.drifting)} of {formatCount(summary.skus)} SKU x locations drift, by{' '}
          {formatCount(summary.units)} units, at {findings.as_of ?? 'no common instant'}
        </span>
        <button type="button" className="link-button" onClick={() => selectTable('analysis_drift')}>
          drift table
        </button>
        <CloseButton label="Dismiss analysis findings" onClick={dismiss} />
      </header>
      <div className="import-summary-scroll">
        <table className="summary-table">
          <thead>
            <tr>
              <th>Cluster</th>
              <th className="numeric">SKU x locations</th>
              <th className="numeric">Units</th>
              <th>Largest</th>
            </tr>
          </thead>
          <tbody>
            {summary.by_cluster.map((row) => (
              <tr key={row.cluster} data-testid="findings-cluster" data-cluster={row.cluster}>
                <td>{clusterLabel(row.cluster)}</td>
                <td className="numeric">{formatCount(row.skus)}</td>
                <td className="numeric">{formatCount(row.units)}</td>
                <td className="path-cell">{topSkus(findings, row.cluster)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="findings-notes">
          Sync:{' '}
          {findings.sync_mode
            .map((mode) => `${mode.path} ${mode.mode}${mode.period_s === null ? '' : ` every ${mode.period_s} s`}`)
            .join('; ') || 'no path characterised'}
          {gaps.length > 0 && ` · Never seen: ${gaps.map((row) => `${row.event_type} on ${row.path}`).join(', ')}`}
          {` · ${formatCount(summary.rejected_rows)} input rows rejected`}
        </p>
      </div>
    </section>
  );
}
