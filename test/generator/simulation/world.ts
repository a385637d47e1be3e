// The simulated systems' state (levels per SKU x location) and the one place records leave the simulation.
import { MINUTE, SECOND } from '../clock';
import type { ErpRow, HandoffEvent, RecordSink, SkuLoc, SystemId, WmsKind } from '../model';
import type { Rng } from '../prng';
import type { Scenario } from '../scenario';
import { EventQueue } from './event-queue';
import { References } from './references';

/** Levels at one instant, copied when a system's snapshot is captured. */
export interface Capture {
  at: number;
  level: Int32Array;
  /** WMS: allocated; ERP: committed; storefront: zeros. */
  reserved: Int32Array;
  /** ERP: on order; others: zeros. */
  incoming: Int32Array;
  /** When each SKU x location last changed in this system (0 = not during the run). */
  changed: Float64Array;
}

type ChangeListener = (system: 'wms' | 'erp', skuLoc: SkuLoc) => void;

export class World {
  readonly queue = new EventQueue();
  readonly refs: References;
  readonly wms: Int32Array;
  readonly erp: Int32Array;
  readonly storefront: Int32Array;
  readonly allocated: Int32Array;
  readonly committed: Int32Array;
  readonly onOrder: Int32Array;
  readonly wmsChanged: Float64Array;
  readonly erpChanged: Float64Array;
  readonly captures: Partial<Record<SystemId, Capture>> = {};
  /** Every system's level at the ground truth's as-of instant. */
  atAsOf: Record<SystemId, Int32Array> | null = null;
  eventCount = 0;
  private changeId: number;
  private listener: ChangeListener = () => undefined;

  constructor(
    readonly scenario: Scenario,
    readonly rng: Rng,
    private readonly sink: RecordSink,
  ) {
    const cells = scenario.initial.length;
    this.refs = new References(rng.fork('references'));
    this.wms = Int32Array.from(scenario.initial);
    this.erp = Int32Array.from(scenario.initial);
    this.storefront = Int32Array.from(scenario.initial);
    this.allocated = new Int32Array(cells);
    this.committed = new Int32Array(cells);
    this.onOrder = new Int32Array(cells);
    this.wmsChanged = new Float64Array(cells);
    this.erpChanged = new Float64Array(cells);
    this.changeId = rng.int(9_000_000, 12_000_000);
    for (const system of ['erp', 'wms', 'storefront'] as const) {
      this.queue.schedule(scenario.captures[system], () => this.capture(system));
    }
    this.queue.schedule(scenario.asOf, () => {
      this.atAsOf = {
        wms: Int32Array.from(this.wms),
        erp: Int32Array.from(this.erp),
        storefront: Int32Array.from(this.storefront),
      };
    });
  }

  get now(): number {
    return this.queue.now;
  }

  onLevelChange(listener: ChangeListener): void {
    this.listener = listener;
  }

  sku(skuLoc: SkuLoc): string {
    return this.scenario.products[Math.floor(skuLoc / this.scenario.locations.length)]?.sku ?? '?';
  }

  /** Writes one WMS inventory change and applies it. */
  changeWms(skuLoc: SkuLoc, delta: number, kind: WmsKind, reference: string | null): void {
    const at = this.after('wms', this.now, SECOND);
    const previous = this.wms[skuLoc] ?? 0;
    this.wms[skuLoc] = previous + delta;
    this.wmsChanged[skuLoc] = at;
    this.changeId += this.rng.int(1, 9);
    this.sink.wms({ ts: at, kind, skuLoc, delta, previous, reference, changeId: this.changeId });
    this.listener('wms', skuLoc);
  }

  /** Writes one ERP transaction line and applies its stock effect (none for sales orders). */
  recordErp(line: Omit<ErpRow, 'ts'>, stockEffect: number): void {
    const at = this.after('erp', this.now, MINUTE);
    const row: ErpRow = Object.assign(line, { ts: at });
    this.sink.erp(row);
    if (stockEffect === 0) return;
    this.erp[row.skuLoc] = (this.erp[row.skuLoc] ?? 0) + stockEffect;
    this.erpChanged[row.skuLoc] = at;
    this.listener('erp', row.skuLoc);
  }

  emit(event: HandoffEvent): void {
    const ts = event.path.endsWith('storefront') ? this.after('storefront', event.ts, SECOND) : event.ts;
    this.eventCount += 1;
    this.sink.event(ts === event.ts ? event : { ...event, ts });
  }

  /**
   * A record that happens just after a snapshot but would print with the snapshot's own time (ERP times show
   * minutes, most others whole seconds) is written one unit later, so "before the capture" stays readable.
   */
  private after(system: SystemId, at: number, precision: number): number {
    const captured = this.scenario.captures[system];
    return at >= captured && at < captured + precision ? captured + precision : at;
  }

  private capture(system: SystemId): void {
    const cells = this.wms.length;
    const none = new Int32Array(cells);
    const at = this.now;
    const copy = (level: Int32Array, reserved: Int32Array, incoming: Int32Array, changed: Float64Array): Capture => ({
      at,
      level: Int32Array.from(level),
      reserved: Int32Array.from(reserved),
      incoming: Int32Array.from(incoming),
      changed: Float64Array.from(changed),
    });
    if (system === 'wms') this.captures.wms = copy(this.wms, this.allocated, none, this.wmsChanged);
    else if (system === 'erp') this.captures.erp = copy(this.erp, this.committed, this.onOrder, this.erpChanged);
    else this.captures.storefront = copy(this.storefront, none, none, new Float64Array(cells));
  }
}
