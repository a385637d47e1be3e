// The short human summary `driftscope analyze` prints: clusters, SKUs, units, sync mode per path, noise, rejected rows.
import type { Findings } from '../../shared/model/findings';
import { countOf, formatCount, formatTable } from './format';

const TOP_SKUS = 5;

const units = (n: number): string => formatCount(Math.round(n * 100) / 100);

export function describeFindings(findings: Findings): string {
  const { summary } = findings;
  const lines: string[] = [];
  lines.push(
    `Compared ${formatCount(summary.skus)} SKU x location(s) at ${findings.as_of ?? 'no common instant'}: ` +
      `${formatCount(summary.drifting)} drift, by ${units(summary.units)} unit(s) in all.`,
  );
  if (summary.skus === 0) {
    lines.push('No inventory snapshots in the case: drift needs on-hand exports from at least two of ERP, WMS and storefront.');
  }
  if (summary.by_cluster.length > 0) {
    lines.push('', 'Verdicts:');
    lines.push(
      formatTable(
        ['cluster', 'SKUs', 'units', 'largest'],
        summary.by_cluster.map((row) => [
          row.cluster,
          formatCount(row.skus),
          units(row.units),
          findings.verdicts
            .filter((verdict) => verdict.cluster === row.cluster)
            .slice(0, TOP_SKUS)
            .map((verdict) => `${verdict.sku}${verdict.location ? ` @ ${verdict.location}` : ''} (${units(verdict.units)})`)
            .join(', '),
        ]),
        new Set([1, 2]),
      ),
    );
  }
  if (findings.sync_mode.length > 0) {
    lines.push('', 'Sync mode per path:');
    lines.push(
      formatTable(
        ['path', 'mode', 'period', 'events', 'evidence'],
        findings.sync_mode.map((mode) => [
          mode.path,
          mode.mode,
          mode.period_s === null ? '-' : `${mode.period_s} s`,
          formatCount(mode.events),
          mode.evidence,
        ]),
        new Set([3]),
      ),
    );
  }
  const { noise } = findings;
  const errors = noise.errors_by_code.reduce((total, row) => total + row.count, 0);
  lines.push(
    '',
    `Noise: ${formatCount(errors)} failed event(s) in ${formatCount(noise.errors_by_code.length)} path/type/code group(s); ` +
      `duplicates applied ${formatCount(noise.duplicates_applied)}, ignored ${formatCount(noise.duplicates_ignored)}; ` +
      `failed records ${formatCount(noise.retries.retried)} (${formatCount(noise.retries.succeeded_later)} went through on a later attempt, ${formatCount(noise.retries.never_succeeded)} never did).`,
  );
  const gaps = findings.coverage.filter((row) => row.gap);
  if (gaps.length > 0) {
    lines.push(`Coverage gaps (never seen): ${gaps.map((row) => `${row.event_type} on ${row.path}`).join(', ')}.`);
  }
  lines.push(
    `Rejected input rows: ${formatCount(summary.rejected_rows)} across ${countOf(findings.sources.length, 'file')} ` +
      '(each with its line and reason in the case\'s rejects table).',
  );
  return lines.join('\n');
}
