// Scores findings against a generated dump's ground truth: per-cluster precision and recall, and sync mode per path.
import type { Findings } from '../../shared/model/findings';
import type { GroundTruth } from '../generator/ground-truth';

export interface ClusterScore {
  cluster: string;
  truth: number;
  found: number;
  precision: number;
  recall: number;
  missed: string[];
  extra: string[];
}

export interface SyncModeScore {
  path: string;
  expected: string;
  found: string;
  right: boolean;
}

const locationKey = (location: string | null): string => (location ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
const itemKey = (sku: string, location: string | null): string => `${sku} @ ${locationKey(location)}`;

/** Every cluster in either the truth or the findings; a drifting SKU the truth does not list counts against precision. */
export function scoreClusters(truth: GroundTruth, findings: Findings): ClusterScore[] {
  const expected = new Map<string, Set<string>>();
  for (const verdict of truth.verdicts) {
    const set = expected.get(verdict.cluster) ?? new Set<string>();
    set.add(itemKey(verdict.sku, verdict.location));
    expected.set(verdict.cluster, set);
  }
  const found = new Map<string, Set<string>>();
  for (const verdict of findings.verdicts) {
    const set = found.get(verdict.cluster) ?? new Set<string>();
    set.add(itemKey(verdict.sku, verdict.location));
    found.set(verdict.cluster, set);
  }
  return [...new Set([...expected.keys(), ...found.keys()])].sort().map((cluster) => {
    const want = expected.get(cluster) ?? new Set<string>();
    const got = found.get(cluster) ?? new Set<string>();
    const hits = [...got].filter((key) => want.has(key)).length;
    return {
      cluster,
      truth: want.size,
      found: got.size,
      precision: got.size === 0 ? 1 : hits / got.size,
      recall: want.size === 0 ? 1 : hits / want.size,
      missed: [...want].filter((key) => !got.has(key)),
      extra: [...got].filter((key) => !want.has(key)),
    };
  });
}

/** A clock path is right with the right mode and a period within 5 % of the truth; an event path with the mode. */
export function scoreSyncModes(truth: GroundTruth, findings: Findings): SyncModeScore[] {
  return truth.sync_mode.map((expected) => {
    const mode = findings.sync_mode.find((row) => row.path === expected.path);
    const periodRight =
      expected.mode !== 'clock' ||
      (mode?.period_s != null && expected.period_s !== null && Math.abs(mode.period_s - expected.period_s) <= expected.period_s * 0.05);
    return {
      path: expected.path,
      expected: `${expected.mode}${expected.period_s === null ? '' : ` ${expected.period_s} s`}`,
      found: mode === undefined ? 'absent' : `${mode.mode}${mode.period_s === null ? '' : ` ${mode.period_s} s`}`,
      right: mode?.mode === expected.mode && periodRight,
    };
  });
}
