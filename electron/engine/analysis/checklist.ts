// The consultant's five-step checklist (domain.md) for one SKU x location, written from the figures SQL gathered.
import type {
  Checklist,
  ChecklistStep,
  Cluster,
  CountingSystem,
  CoverageRow,
  SyncModeFinding,
} from '../../../shared/model/findings';

/** One row of analysis_checklist, as the checklist needs it. */
export interface ChecklistFacts {
  wms: number | null;
  erp: number | null;
  storefront: number | null;
  changed_last: CountingSystem | null;
  wms_last_change: string | null;
  erp_last_change: string | null;
  storefront_last_change: string | null;
  last_known_good: string | null;
  first_divergence: string | null;
  divergence_system: string | null;
  divergence_file: string | null;
  divergence_line: number | null;
  window_from: string;
  window_to: string;
  window_events: number;
  window_failed: number;
  window_codes: string[];
  window_repeated: number;
  window_missing: number;
  inbound_failed: number;
  outbound_failed: number;
  planning_signals: number;
}

const SYSTEM_LABEL: Record<CountingSystem, string> = { erp: 'ERP', wms: 'WMS', storefront: 'storefront' };

const INBOUND: readonly Cluster[] = ['phantom_stock'];
const OUTBOUND: readonly Cluster[] = ['ghost_shipment'];
const BOTH_WAYS: readonly Cluster[] = ['phantom_shrinkage'];

function figureOf(facts: ChecklistFacts, system: CountingSystem): number | null {
  return facts[system];
}

function stepLastModified(facts: ChecklistFacts): ChecklistStep {
  const last = facts.changed_last;
  if (last === null) {
    return { step: 1, title: 'Last change per system', clean: true, finding: 'No system records when it last changed this SKU.' };
  }
  const mine = figureOf(facts, last);
  const others = (['erp', 'wms', 'storefront'] as const)
    .filter((system) => system !== last && figureOf(facts, system) !== null)
    .map((system) => `${SYSTEM_LABEL[system]} ${figureOf(facts, system)}`);
  const lastChange = facts[`${last}_last_change`];
  const broke = facts.divergence_system === last && facts.first_divergence !== null && facts.first_divergence === lastChange;
  return {
    step: 1,
    title: 'Last change per system',
    clean: !broke,
    finding:
      `${SYSTEM_LABEL[last]} changed last (${lastChange}) and holds ${mine} against ${others.join(', ') || 'no other figure'}` +
      (broke ? '; that last change is the one that broke the agreement.' : '.'),
  };
}

function stepWindow(facts: ChecklistFacts): ChecklistStep {
  const flags: string[] = [];
  if (facts.window_failed > 0) flags.push(`${facts.window_failed} failed (${facts.window_codes.join(', ')})`);
  if (facts.window_repeated > 0) flags.push(`${facts.window_repeated} repeated deliveries`);
  if (facts.window_missing > 0) flags.push(`${facts.window_missing} with missing fields`);
  const around = facts.last_known_good ? 'the last known-good moment' : facts.first_divergence ? 'the first divergence' : 'the as-of instant';
  return {
    step: 2,
    title: 'Middleware events around the last known-good sync',
    clean: flags.length === 0,
    finding:
      `${facts.window_events} event${facts.window_events === 1 ? '' : 's'} for the SKU between ${facts.window_from} and ${facts.window_to} (around ${around})` +
      (flags.length ? `: ${flags.join('; ')}.` : ', none flagged.'),
  };
}

function directionOf(facts: ChecklistFacts, clusters: readonly Cluster[]): Checklist['direction'] {
  const inbound = facts.inbound_failed > 0 || clusters.some((cluster) => INBOUND.includes(cluster));
  const outbound = facts.outbound_failed > 0 || clusters.some((cluster) => OUTBOUND.includes(cluster));
  if (clusters.some((cluster) => BOTH_WAYS.includes(cluster)) || (inbound && outbound)) return 'bidirectional';
  if (inbound) return 'inbound';
  if (outbound) return 'outbound';
  return 'unknown';
}

const DIRECTION_TEXT: Record<Checklist['direction'], string> = {
  inbound: 'Inbound: the goods-in flow (receipts, returns) from the ERP to the WMS is where the units went missing.',
  outbound: 'Outbound: the goods-out flow (order releases, shipment confirmations) is where the systems parted.',
  bidirectional: 'Bidirectional: both directions of the WMS<->ERP sync are involved (planning signals or failures each way).',
  unknown: 'No failed handoff in either direction points at the gap.',
};

function stepDirection(direction: Checklist['direction']): ChecklistStep {
  return { step: 3, title: 'Direction of the drift', clean: direction === 'unknown', finding: DIRECTION_TEXT[direction] };
}

function stepCoverage(coverage: readonly CoverageRow[]): ChecklistStep {
  const gaps = coverage.filter((row) => row.gap).map((row) => `${row.event_type} on ${row.path}`);
  return {
    step: 4,
    title: 'Event types configured on the paths',
    clean: gaps.length === 0,
    finding: gaps.length
      ? `Never seen: ${gaps.join(', ')}: a configuration gap.`
      : 'Receipts, orders and shipments, adjustments and returns all appear on the paths that need them.',
  };
}

function stepSyncMode(syncModes: readonly SyncModeFinding[], clusters: readonly Cluster[]): ChecklistStep {
  const described = syncModes.map((mode) =>
    mode.mode === 'clock' ? `${mode.path} clock-driven every ${mode.period_s} s` : `${mode.path} ${mode.mode}-driven`,
  );
  const clockShrinkage = clusters.includes('phantom_shrinkage') && syncModes.some((mode) => mode.path === 'erp->wms' && mode.mode === 'clock');
  const mixed = syncModes.filter((mode) => mode.mode === 'mixed').map((mode) => mode.path);
  const notes: string[] = [];
  if (clockShrinkage) notes.push('shrinkage under a clock-driven sync points at the architecture, not a setting');
  if (mixed.length) notes.push(`${mixed.join(', ')} fire both on a clock and on events`);
  return {
    step: 5,
    title: 'Clock- or event-driven sync',
    clean: notes.length === 0,
    finding: `${described.join('; ') || 'No sync path could be characterised'}${notes.length ? `: ${notes.join('; ')}.` : '.'}`,
  };
}

function conclusionOf(steps: readonly ChecklistStep[], clusters: readonly Cluster[]): string {
  const explained = clusters.filter((cluster) => cluster !== 'unexplained');
  if (explained.length) return `Explained by ${explained.join(' and ')}; the checklist findings above support the verdict.`;
  const firstFlag = steps.find((step) => !step.clean);
  if (!firstFlag) {
    return 'All five checks came back clean and the drift persists: the cause is structural (how the systems are wired), not a failed event.';
  }
  return `No known cluster explains the gap; start with step ${firstFlag.step} (${firstFlag.title.toLowerCase()}): ${firstFlag.finding}`;
}

export function buildChecklist(
  facts: ChecklistFacts,
  clusters: readonly Cluster[],
  syncModes: readonly SyncModeFinding[],
  coverage: readonly CoverageRow[],
): Checklist {
  const direction = directionOf(facts, clusters);
  const steps = [stepLastModified(facts), stepWindow(facts), stepDirection(direction), stepCoverage(coverage), stepSyncMode(syncModes, clusters)];
  return {
    last_modified: { erp: facts.erp_last_change, wms: facts.wms_last_change, storefront: facts.storefront_last_change },
    changed_last: facts.changed_last,
    last_known_good: facts.last_known_good,
    first_divergence: facts.first_divergence,
    direction,
    steps,
    conclusion: conclusionOf(steps, clusters),
  };
}
