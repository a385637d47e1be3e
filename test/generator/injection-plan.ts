// Which faults and which healthy noise a seed plants, on which SKU x location, when and how big.
import { DAY, HOUR, MINUTE, type LocalClock } from './clock';
import type { Cluster } from './ground-truth';
import type { SkuLoc } from './model';
import type { Rng } from './prng';

/** The handoffs noise can ride on. */
export type NoiseFlow = 'receipt' | 'order_release' | 'ship_confirm' | 'adjustment';

export type StrandedKind = 'wms_cycle_count' | 'wms_damage' | 'erp_return';

export type AdjustmentKind = 'cycle_count' | 'damage';

interface Planned {
  skuLoc: SkuLoc;
  at: number;
  qty: number;
}

export type FaultPlan =
  | (Planned & { cluster: 'phantom_stock'; failures: number; failStatus: 'error' | 'rejected' })
  | (Planned & { cluster: 'ghost_shipment'; variant: 'never_fired' | 'failed'; failStatus: 'error' | 'rejected' })
  | { cluster: 'phantom_shrinkage'; skuLoc: SkuLoc; runs: number[]; qtys: number[] }
  | (Planned & { cluster: 'stranded_adjustment'; variant: StrandedKind })
  | (Planned & {
      cluster: 'duplicate_application';
      variant: 'receipt' | 'ship_confirm' | 'adjustment';
      adjustment: AdjustmentKind;
    });

export type NoisePlan =
  | (Planned & { kind: 'retry_succeeded'; flow: NoiseFlow; adjustment: AdjustmentKind })
  | (Planned & { kind: 'ignored_duplicate'; flow: NoiseFlow; adjustment: AdjustmentKind; second: 'duplicate' | 'success' })
  | (Planned & { kind: 'error_fixed'; flow: NoiseFlow; adjustment: AdjustmentKind; fixAfterMs: number });

export interface InjectionPlan {
  faults: FaultPlan[];
  noise: NoisePlan[];
  /** Adjustment kinds that never reach a handoff (a configuration gap): every instance is a stranded fault. */
  stranded: StrandedKind[];
  /** The planning signal the faulty WMS applies as consumption; it is sent only for shrinkage SKUs. */
  toxicPlanning: 'forecast' | 'safety_stock' | 'reorder_point';
}

export interface PlanWindow {
  clock: LocalClock;
  /** Earliest and latest instants for planted flows (business hours inside them). */
  from: number;
  until: number;
  /** Planning runs whose signals land inside the window, by index. */
  planningRuns: number[];
}

const CLUSTERS: Cluster[] = [
  'phantom_stock',
  'ghost_shipment',
  'phantom_shrinkage',
  'stranded_adjustment',
  'duplicate_application',
];

/** Clusters whose gap has the same sign (ERP minus WMS) can share a SKU: their gaps add. */
const POSITIVE: Cluster[] = ['phantom_stock', 'phantom_shrinkage', 'stranded_adjustment'];
const NEGATIVE: Cluster[] = ['ghost_shipment', 'duplicate_application'];

export function planInjections(
  rng: Rng,
  candidates: SkuLoc[],
  window: PlanWindow,
): { plan: InjectionPlan; used: Set<SkuLoc> } {
  const stranded = rng.sample<StrandedKind>(['wms_cycle_count', 'wms_damage', 'erp_return'], rng.chance(0.3) ? 2 : 1);
  const propagated: AdjustmentKind[] = (['cycle_count', 'damage'] as const).filter((kind) => !stranded.includes(`wms_${kind}`));
  const pool = rng.shuffle(candidates);
  const take = (): SkuLoc => {
    const skuLoc = pool.pop();
    if (skuLoc === undefined) throw new Error('too few SKU x locations for the planned faults: raise --skus');
    return skuLoc;
  };
  const perCluster = Math.max(4, Math.min(9, Math.floor(candidates.length / 14)));
  const when = (): number => businessInstant(rng, window);
  const faults: FaultPlan[] = [];
  const plant = (cluster: Cluster, skuLoc: SkuLoc): void => {
    faults.push(planFault(rng, cluster, skuLoc, when(), window, stranded, propagated));
  };
  const byCluster = new Map<Cluster, SkuLoc[]>();
  for (const cluster of CLUSTERS) {
    const count = rng.int(4, perCluster);
    const skuLocs = Array.from({ length: count }, take);
    byCluster.set(cluster, skuLocs);
    for (const skuLoc of skuLocs) plant(cluster, skuLoc);
  }
  for (let pair = rng.int(1, 3); pair > 0; pair -= 1) {
    const group = rng.pick([POSITIVE, NEGATIVE]);
    const [first, second] = rng.sample(group, 2) as [Cluster, Cluster];
    const host = rng.pick(byCluster.get(first) ?? []);
    if (faults.some((fault) => fault.skuLoc === host && fault.cluster === second)) continue;
    plant(second, host);
  }
  const flows: NoiseFlow[] = ['receipt', 'order_release', 'ship_confirm', ...(propagated.length > 0 ? (['adjustment'] as const) : [])];
  const adjustment = (): AdjustmentKind => (propagated.length > 0 ? rng.pick(propagated) : 'cycle_count');
  const noise: NoisePlan[] = [];
  for (let n = rng.int(3, 6); n > 0; n -= 1) {
    noise.push({
      kind: 'retry_succeeded',
      skuLoc: take(),
      at: when(),
      qty: rng.int(1, 3),
      flow: rng.pick(flows),
      adjustment: adjustment(),
    });
  }
  for (let n = rng.int(3, 6); n > 0; n -= 1) {
    noise.push({
      kind: 'ignored_duplicate',
      skuLoc: take(),
      at: when(),
      qty: rng.int(1, 3),
      flow: rng.pick(flows),
      adjustment: adjustment(),
      second: rng.chance(0.6) ? 'duplicate' : 'success',
    });
  }
  for (let n = rng.int(2, 4); n > 0; n -= 1) {
    noise.push({
      kind: 'error_fixed',
      skuLoc: take(),
      at: when(),
      qty: rng.int(1, 3),
      flow: rng.pick(flows.filter((flow) => flow !== 'ship_confirm')),
      adjustment: adjustment(),
      fixAfterMs: rng.int(40, 240) * MINUTE,
    });
  }
  const used = new Set<SkuLoc>([...faults.map((fault) => fault.skuLoc), ...noise.map((entry) => entry.skuLoc)]);
  const toxicPlanning = rng.pick(['forecast', 'safety_stock', 'reorder_point'] as const);
  return { plan: { faults, noise, stranded, toxicPlanning }, used };
}

function planFault(
  rng: Rng,
  cluster: Cluster,
  skuLoc: SkuLoc,
  at: number,
  window: PlanWindow,
  stranded: StrandedKind[],
  propagated: AdjustmentKind[],
): FaultPlan {
  switch (cluster) {
    case 'phantom_stock':
      return {
        cluster,
        skuLoc,
        at,
        qty: rng.pick([6, 12, 12, 24, 24, 36, 48]),
        failures: rng.int(1, 2),
        failStatus: rng.pick(['error', 'rejected'] as const),
      };
    case 'ghost_shipment':
      return {
        cluster,
        skuLoc,
        at,
        qty: rng.int(1, 4),
        variant: rng.pick(['never_fired', 'failed'] as const),
        failStatus: rng.pick(['error', 'rejected'] as const),
      };
    case 'phantom_shrinkage': {
      const count = Math.min(window.planningRuns.length, rng.int(3, 6));
      const runs = rng.sample(window.planningRuns, count).sort((a, b) => a - b);
      if (runs.length < 3) throw new Error('too few planning runs for phantom shrinkage: raise --days');
      return { cluster, skuLoc, runs, qtys: runs.map(() => rng.int(1, 4)) };
    }
    case 'stranded_adjustment':
      return { cluster, skuLoc, at, qty: rng.int(1, 6), variant: rng.pick(stranded) };
    case 'duplicate_application': {
      const variants = ['receipt', 'ship_confirm', ...(propagated.length > 0 ? (['adjustment'] as const) : [])] as const;
      const variant = rng.pick(variants);
      const qty = variant === 'receipt' ? rng.pick([6, 12, 24]) : rng.int(1, 4);
      return { cluster, skuLoc, at, qty, variant, adjustment: propagated.length > 0 ? rng.pick(propagated) : 'cycle_count' };
    }
  }
}

/** An instant between 09:00 and 18:00 local on a day inside the window. */
function businessInstant(rng: Rng, window: PlanWindow): number {
  const days = Math.max(1, Math.floor((window.until - window.from) / DAY) + 1);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const day = window.clock.atHour(window.from + rng.int(0, days - 1) * DAY, 0);
    const instant = day + rng.between(9, 18) * HOUR;
    if (instant >= window.from && instant <= window.until) return Math.floor(instant);
  }
  return Math.floor(rng.between(window.from, window.until));
}
