// Everything a seed decides about the simulated business before it runs: dates, catalogue, sync, volumes, captures, faults.
import { buildLocations, buildProducts, type Location, type Product } from './catalog';
import { ceilMinute, DAY, HOUR, LocalClock, MINUTE, zoneOffsetMinutes } from './clock';
import { planInjections, type InjectionPlan, type PlanWindow } from './injection-plan';
import type { PathId, SkuLoc, SystemId } from './model';
import { chooseNaming, ownLocationNames, skuSpellings, type Naming } from './naming';
import { Rng } from './prng';
import { chooseSync, tickIndexAtOrAfter, tickTime, type ClockSync, type SyncPlan } from './sync-plan';

export interface GenerateOptions {
  seed: number;
  skus?: number;
  days?: number;
  /** Target middleware event count (approximate), for scale runs. */
  events?: number;
}

export interface InFlightPlan {
  skuLoc: SkuLoc;
  qty: number;
  /** The storefront order reaches the ERP just before the erp->wms tick that releases (and auto-fulfils) it. */
  orderAt: number;
  /** The WMS ships it after the ERP snapshot. */
  shipAt: number;
}

export interface Scenario {
  seed: number;
  erpZone: string;
  clock: LocalClock;
  start: number;
  /** New business stops here; the chains already started finish afterwards. */
  stop: number;
  products: Product[];
  locations: Location[];
  naming: Naming;
  /** Per product, the SKU each system writes (the catalogue's `sku` stays the canonical identity). */
  skuSpellings: Record<SystemId, string>[];
  /** Per SKU x location: carried at that location at all. */
  stocked: boolean[];
  /** Per SKU x location: stocked, takes part in the business (not zero everywhere). */
  active: boolean[];
  zeroEverywhere: SkuLoc[];
  /** Which system pushes inventory levels to the storefront, per location. */
  storefrontSource: ('wms' | 'erp')[];
  paths: Partial<Record<PathId, SyncPlan>>;
  erpToWms: ClockSync;
  volumes: Volumes;
  initial: Int32Array;
  reorderPoint: Int32Array;
  reorderQty: Int32Array;
  /** Cumulative order weights over active SKU x locations, for picking what customers buy. */
  demandIndex: SkuLoc[];
  demandCumulative: Float64Array;
  captures: Record<SystemId, number>;
  asOf: number;
  planningIntervalMs: number;
  planningOffsetMs: number;
  injections: InjectionPlan;
  inFlight: InFlightPlan[];
}

export interface Volumes {
  ordersPerHour: number;
  returnsPerHour: number;
  cycleCountsPerHour: number;
  damagesPerHour: number;
  planningShare: number;
  pickDelayMaxMs: number;
}

/** Start dates that keep a run of up to ten days clear of the 2026 US DST changes (Mar 8, Nov 1). */
const START_WINDOWS: [from: number, to: number][] = [
  [Date.UTC(2026, 8, 1), Date.UTC(2026, 9, 19)],
  [Date.UTC(2026, 10, 3), Date.UTC(2026, 11, 15)],
];
const ERP_ZONES = ['America/Chicago', 'America/New_York', 'America/Denver', 'America/Los_Angeles'];
/** Extra lines an order asks for (0.35 x (0.7 x 1 + 0.3 x 2)); only those at the first line's location are kept. */
const EXTRA_LINES = 0.455;
const ORDER_HOURS = 16;
/** Mean delay of an event-driven push: changes inside it go out as one push. */
const EVENT_PUSH_WINDOW_H = 15.5 / 3600;

export function buildScenario(options: GenerateOptions): Scenario {
  const root = new Rng(options.seed);
  const rng = root.fork('scenario');
  const erpZone = rng.pick(ERP_ZONES);
  const [windowFrom, windowTo] = rng.pick(START_WINDOWS);
  const startDay = windowFrom + rng.int(0, Math.floor((windowTo - windowFrom) / DAY)) * DAY;
  const offset = zoneOffsetMinutes(erpZone, startDay + 12 * HOUR);
  const clock = new LocalClock(offset);
  const start = startDay - offset * MINUTE;
  const days = options.days ?? rng.int(3, 10);
  if (days < 2) throw new Error('--days must be at least 2');
  const stop = start + (days - 1) * DAY + rng.int(21 * 60, 22 * 60 + 30) * MINUTE;
  if (zoneOffsetMinutes(erpZone, stop + 12 * HOUR) !== offset) throw new Error('the run crosses a DST change');

  const products = buildProducts(rng.fork('products'), options.skus ?? rng.int(120, 300));
  const spelledAlike = buildLocations(rng.fork('locations'), rng.pick([1, 2, 2, 3, 3]));
  const namingRng = root.fork('naming');
  const naming = chooseNaming(namingRng, products.every((product) => /^SKU-\d+$/.test(product.sku)));
  const locations = naming.ownLocationNames
    ? ownLocationNames(namingRng, spelledAlike.map((location) => location.words))
    : spelledAlike;
  const L = locations.length;
  const cells = products.length * L;
  const stocked = Array.from({ length: cells }, (_, skuLoc) => skuLoc % L === 0 || rng.chance(0.8));
  const stockedCells = [...stocked.keys()].filter((skuLoc) => stocked[skuLoc]);
  const zeroEverywhere = rng.sample(stockedCells, rng.int(2, 4));
  const active = stocked.map((isStocked, skuLoc) => isStocked && !zeroEverywhere.includes(skuLoc));
  const storefrontSource = locations.map(() => (rng.chance(0.6) ? ('wms' as const) : ('erp' as const)));

  const erpToWms = chooseSync(rng, 1) as ClockSync;
  const paths: Partial<Record<PathId, SyncPlan>> = { 'erp->wms': erpToWms, 'wms->erp': chooseSync(rng, 0.5) };
  if (storefrontSource.includes('wms')) paths['wms->storefront'] = chooseSync(rng, 0.5);
  if (storefrontSource.includes('erp')) paths['erp->storefront'] = chooseSync(rng, 0.5);

  const activeCells = [...active.keys()].filter((skuLoc) => active[skuLoc]);
  const weights = activeCells.map(() => rng.between(0.3, 1.7));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const planningIntervalMs = rng.pick([2, 3, 4, 6]) * HOUR;
  const planningShare = Math.min(0.08, 16 / activeCells.length);
  const planningPerDay = (DAY / planningIntervalMs) * planningShare * activeCells.length;
  const pushWindowsH = activeCells.map((skuLoc) => {
    const source = storefrontSource[skuLoc % L] ?? 'wms';
    const plan = paths[`${source}->storefront`];
    return plan === undefined || plan.mode === 'event' ? null : plan.periodMs / HOUR;
  });
  const shares = weights.map((weight) => weight / totalWeight);
  const linesPerDay =
    options.events === undefined
      ? activeCells.length * rng.between(0.35, 0.6)
      : linesForEvents(options.events / days, planningPerDay, shares, pushWindowsH);
  const volumes: Volumes = {
    ordersPerHour: linesPerDay / (1 + EXTRA_LINES / L) / ORDER_HOURS,
    returnsPerHour: Math.max(0.05, (linesPerDay * 0.015) / 9),
    cycleCountsPerHour: Math.max(0.1, (activeCells.length * 0.02) / 12),
    damagesPerHour: Math.max(0.05, (activeCells.length * 0.006) / 12),
    planningShare,
    pickDelayMaxMs: 60 * MINUTE,
  };

  const demandCumulative = new Float64Array(activeCells.length);
  const initial = new Int32Array(cells);
  const reorderPoint = new Int32Array(cells);
  const reorderQty = new Int32Array(cells);
  let running = 0;
  activeCells.forEach((skuLoc, index) => {
    const weight = weights[index] ?? 1;
    running += weight / totalWeight;
    demandCumulative[index] = running;
    const unitsPerDay = (linesPerDay * 1.7 * weight) / totalWeight;
    reorderPoint[skuLoc] = Math.ceil(unitsPerDay * 1.5) + 8;
    reorderQty[skuLoc] = Math.ceil((unitsPerDay * 3 + 12) / 6) * 6;
    initial[skuLoc] = (reorderPoint[skuLoc] ?? 0) + rng.int(4, reorderQty[skuLoc] ?? 12);
  });

  const planningOffsetMs = rng.int(1, 50) * MINUTE;
  const firstPlanned = start + 8 * HOUR;
  const lastPlanned = stop - 3 * HOUR;
  const planningRuns: number[] = [];
  for (let run = 0; start + planningOffsetMs + run * planningIntervalMs <= lastPlanned; run += 1) {
    if (start + planningOffsetMs + run * planningIntervalMs >= firstPlanned) planningRuns.push(run);
  }
  const window: PlanWindow = { clock, from: start + 8 * HOUR, until: stop - 5 * HOUR, planningRuns };
  const { plan: injections, used } = planInjections(rng.fork('injections'), activeCells, window);

  const captures = chooseCaptures(rng, start, stop, paths, erpToWms, volumes.pickDelayMaxMs);
  const inFlightCells = rng.sample(
    activeCells.filter((skuLoc) => !used.has(skuLoc)),
    rng.int(2, 3),
  );
  const releaseTick = tickTime(erpToWms, start, tickIndexAtOrAfter(erpToWms, start, captures.erp - 2 * MINUTE) - 1);
  const inFlight = inFlightCells.map((skuLoc) => ({
    skuLoc,
    qty: rng.int(1, 3),
    orderAt: releaseTick - Math.floor(rng.between(0.5, Math.min(5, erpToWms.periodMs / MINUTE - 0.5)) * MINUTE),
    shipAt: captures.erp + rng.int(60, 15 * 60) * 1000,
  }));
  return {
    seed: options.seed,
    erpZone,
    clock,
    start,
    stop,
    products,
    locations,
    naming,
    skuSpellings: skuSpellings(namingRng, products, naming),
    stocked,
    active,
    zeroEverywhere,
    storefrontSource,
    paths,
    erpToWms,
    volumes,
    initial,
    reorderPoint,
    reorderQty,
    demandIndex: activeCells,
    demandCumulative,
    captures,
    asOf: Math.max(captures.erp, captures.wms, captures.storefront),
    planningIntervalMs,
    planningOffsetMs,
    injections,
    inFlight,
  };
}

/** The SKU a system writes for the product of a SKU x location. */
export function skuIn(scenario: Scenario, system: SystemId, skuLoc: SkuLoc): string {
  return scenario.skuSpellings[Math.floor(skuLoc / scenario.locations.length)]?.[system] ?? '';
}

/**
 * One snapshot per system at different instants: the earliest while business still runs (so ledgers go on after
 * it), the latest once every chain has settled. The ERP's is moved to 2-8 minutes after an erp->wms tick, so the
 * in-flight orders released at that tick are fulfilled in the ERP just before its snapshot.
 */
function chooseCaptures(
  rng: Rng,
  start: number,
  stop: number,
  paths: Partial<Record<PathId, SyncPlan>>,
  erpToWms: ClockSync,
  pickDelayMaxMs: number,
): Record<SystemId, number> {
  const period = (path: PathId): number => {
    const plan = paths[path];
    return plan === undefined || plan.mode === 'event' ? MINUTE : plan.periodMs;
  };
  const settle =
    5 * MINUTE +
    erpToWms.periodMs +
    pickDelayMaxMs +
    period('wms->erp') +
    2 * MINUTE +
    Math.max(period('wms->storefront'), period('erp->storefront')) +
    5 * MINUTE;
  const first = ceilMinute(stop - rng.int(45, 150) * MINUTE);
  const last = ceilMinute(stop + settle + rng.int(5, 40) * MINUTE);
  const middle = ceilMinute(rng.between(first + 20 * MINUTE, last - 20 * MINUTE));
  const [a, b, c] = rng.shuffle<SystemId>(['erp', 'wms', 'storefront']) as [SystemId, SystemId, SystemId];
  const captures = { [a]: first, [b]: middle, [c]: last } as Record<SystemId, number>;
  const tick = tickTime(erpToWms, start, tickIndexAtOrAfter(erpToWms, start, captures.erp - 2 * MINUTE));
  captures.erp = ceilMinute(tick + rng.between(2, 7) * MINUTE);
  return captures;
}

/**
 * Order lines a day that make about `eventsPerDay` middleware events: a release and a confirmation per line, the
 * planning signals, and the inventory pushes, fewer than the changes once changes to one SKU bunch up inside a
 * push window (a clock period, or the few seconds of an event-driven push).
 */
function linesForEvents(
  eventsPerDay: number,
  planningPerDay: number,
  shares: number[],
  pushWindowsH: (number | null)[],
): number {
  const estimate = (linesPerDay: number): number => {
    let pushesPerHour = 0;
    shares.forEach((share, index) => {
      const changesPerHour = (linesPerDay * share) / ORDER_HOURS;
      const period = pushWindowsH[index] ?? null;
      pushesPerHour +=
        period === null
          ? changesPerHour / (1 + changesPerHour * EVENT_PUSH_WINDOW_H)
          : (1 - Math.exp(-changesPerHour * period)) / period;
    });
    return linesPerDay * 2.05 + planningPerDay + pushesPerHour * ORDER_HOURS;
  };
  let low = 0;
  let high = Math.max(1, eventsPerDay);
  for (let step = 0; step < 40; step += 1) {
    const middle = (low + high) / 2;
    if (estimate(middle) < eventsPerDay) low = middle;
    else high = middle;
  }
  return low;
}
