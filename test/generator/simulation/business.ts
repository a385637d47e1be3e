// The retailer's day-to-day flows: orders, replenishment receipts, returns, WMS counts and damage, ERP planning runs.
import { HOUR, MINUTE, SECOND } from '../clock';
import type { AdjustmentKind } from '../injection-plan';
import type { PlanningKind, SkuLoc, SourceDocument } from '../model';
import { applyDelay, type Attempt, type HandoffPath, type Message } from './handoff';
import type { World } from './world';

export interface OrderLine {
  skuLoc: SkuLoc;
  qty: number;
}

export interface OrderOptions {
  releaseAttempts?: Attempt[];
  /** The release never reaches the log. */
  releaseSilent?: boolean;
  /** The ERP posts its Item Fulfillment as soon as it releases the order. */
  autoFulfil?: boolean;
  /** The WMS ships at this instant instead of after a pick delay. */
  shipAt?: number;
  confirmAttempts?: Attempt[];
  /** Whether the ERP books the shipment confirmation (not when it already auto-fulfilled). */
  confirmPosts?: boolean;
}

export interface Order {
  so: string;
  fulfillment: string;
  customer: string;
  lines: OrderLine[];
}

const DELIVERED: Attempt[] = [{ status: 'success', applies: true }];
const IGNORED: Attempt[] = [{ status: 'success', applies: false }];
const CUSTOMERS = ['Jane Roe', 'John Doe', 'Ava Chen', 'Liam Patel', 'Mia Novak', 'Noah Silva', 'Zoe Park', 'Omar Haddad'];
const VENDORS = ['Acme Textiles', 'Northwind Supply', 'Blue Ridge Mills', 'Harbor Goods Co.', 'Pioneer Apparel'];
const PLANNING_KINDS: PlanningKind[] = ['forecast', 'safety_stock', 'reorder_point'];
const PLANNING_QTY: Record<PlanningKind, [number, number]> = {
  forecast: [5, 120],
  safety_stock: [4, 40],
  reorder_point: [10, 80],
};

export class Business {
  private readonly cells: number;
  private readonly posted = new WeakSet<OrderLine>();

  constructor(
    private readonly world: World,
    private readonly erpToWms: HandoffPath,
    private readonly wmsToErp: HandoffPath,
    /** Whether the faulty WMS writes the planning record id as the reference of its consumption rows. */
    private readonly consumptionReference: boolean,
  ) {
    this.cells = world.scenario.initial.length;
  }

  /** Starts the background processes that run until business stops. */
  start(): void {
    const { volumes, injections } = this.world.scenario;
    this.poisson(volumes.ordersPerHour, 6, 22, () => this.customerOrder());
    if (!injections.stranded.includes('erp_return')) this.poisson(volumes.returnsPerHour, 9, 18, () => this.randomReturn());
    if (!injections.stranded.includes('wms_cycle_count')) {
      this.poisson(volumes.cycleCountsPerHour, 8, 20, () => this.randomAdjustment('cycle_count'));
    }
    if (!injections.stranded.includes('wms_damage')) {
      this.poisson(volumes.damagesPerHour, 8, 20, () => this.randomAdjustment('damage'));
    }
    this.schedulePlanningRun(0);
  }

  placeOrder(lines: OrderLine[], options: OrderOptions = {}): Order {
    const world = this.world;
    const order: Order = {
      so: world.refs.document('so'),
      fulfillment: world.refs.document('if'),
      customer: world.rng.pick(CUSTOMERS),
      lines,
    };
    const pickDelay = world.rng.int(5 * 60, world.scenario.volumes.pickDelayMaxMs / SECOND) * SECOND;
    for (const line of lines) {
      const { skuLoc, qty } = line;
      const status = 'Pending Fulfillment';
      world.recordErp({ kind: 'sales_order', doc: order.so, createdFrom: null, skuLoc, qty, status, party: order.customer, memo: '' }, 0);
      world.committed[skuLoc] = (world.committed[skuLoc] ?? 0) + qty;
      this.erpToWms.send(
        this.message('erp->wms', 'order_release', line.skuLoc, line.qty, order.so, 'so', options.releaseAttempts ?? DELIVERED, {
          silent: options.releaseSilent === true,
          applyDelayMs: applyDelay(world, 'wms'),
          onFirstDelivery:
            options.autoFulfil === true
              ? (at) => world.queue.schedule(at + world.rng.int(5, 40) * SECOND, () => this.postFulfillment(order, line))
              : undefined,
          apply: (at) => {
            world.allocated[line.skuLoc] = (world.allocated[line.skuLoc] ?? 0) + line.qty;
            world.queue.schedule(options.shipAt ?? at + pickDelay, () => this.ship(order, line, options));
          },
        }),
      );
    }
    return order;
  }

  /** An ERP Item Receipt for a purchase order, sent to the WMS; `attempts` decide how that handoff goes. */
  receive(skuLoc: SkuLoc, qty: number, po: string, attempts: Attempt[] = DELIVERED): string {
    const world = this.world;
    const receipt = world.refs.document('ir');
    const createdFrom: SourceDocument = { kind: 'purchase_order', number: po };
    const party = world.rng.pick(VENDORS);
    world.recordErp({ kind: 'item_receipt', doc: receipt, createdFrom, skuLoc, qty, status: 'Received', party, memo: '' }, qty);
    this.erpToWms.send(
      this.message('erp->wms', 'receipt', skuLoc, qty, po, 'rcpt', attempts, {
        applyDelayMs: applyDelay(world, 'wms'),
        apply: () => world.changeWms(skuLoc, qty, 'receipt', po),
      }),
    );
    return receipt;
  }

  /**
   * An ERP return: the return authorization, which moves no stock in NetSuite, and the item receipt created from it,
   * which does; `attempts` null means no handoff carries it to the WMS.
   */
  returnItem(skuLoc: SkuLoc, qty: number, attempts: Attempt[] | null): string {
    const world = this.world;
    const rma = world.refs.document('rma');
    const origin: SourceDocument = world.rng.chance(0.5)
      ? { kind: 'cash_sale', number: world.refs.document('cs') }
      : { kind: 'sales_order', number: `SO${world.rng.int(10000, 99999)}` };
    const party = world.rng.pick(CUSTOMERS);
    world.recordErp(
      { kind: 'return_authorization', doc: rma, createdFrom: origin, skuLoc, qty, status: 'Pending Receipt', party, memo: '' },
      0,
    );
    const receipt = world.refs.document('ir');
    world.recordErp(
      {
        kind: 'item_receipt',
        doc: receipt,
        createdFrom: { kind: 'return_authorization', number: rma },
        skuLoc,
        qty,
        status: 'Received',
        party,
        memo: '',
      },
      qty,
    );
    if (attempts !== null) {
      this.erpToWms.send(
        this.message('erp->wms', 'return', skuLoc, qty, rma, 'rma', attempts, {
          applyDelayMs: applyDelay(world, 'wms'),
          apply: () => world.changeWms(skuLoc, qty, 'return', rma),
        }),
      );
    }
    return rma;
  }

  /** A WMS cycle count or damage write-off; `attempts` null means no handoff carries it to the ERP. */
  adjustWms(skuLoc: SkuLoc, delta: number, kind: AdjustmentKind, attempts: Attempt[] | null): string {
    const world = this.world;
    const adjustment = world.refs.document('adj');
    world.changeWms(skuLoc, delta, kind, adjustment);
    if (attempts !== null) {
      this.wmsToErp.send(
        this.message('wms->erp', 'adjustment', skuLoc, delta, adjustment, 'adj', attempts, {
          detail: kind,
          applyDelayMs: applyDelay(world, 'erp'),
          apply: () => {
            world.recordErp(
              {
                kind: 'inventory_adjustment',
                doc: adjustment,
                createdFrom: null,
                skuLoc,
                qty: delta,
                status: '',
                party: '',
                memo: kind === 'cycle_count' ? 'Cycle count from WMS' : 'Damaged, written off in WMS',
              },
              delta,
            );
            this.replenishIfLow(skuLoc);
          },
        }),
      );
    }
    return adjustment;
  }

  /** A planning signal on erp->wms; a healthy WMS ignores it, `consume` makes the WMS book it as consumption. */
  planningSignal(skuLoc: SkuLoc, kind: PlanningKind, consume: number): string {
    const world = this.world;
    const record = world.refs.document('plan');
    const [low, high] = PLANNING_QTY[kind];
    const qty = consume > 0 ? consume : world.rng.int(low, high);
    this.erpToWms.send(
      this.message('erp->wms', 'planning_signal', skuLoc, qty, record, 'plan', consume > 0 ? DELIVERED : IGNORED, {
        detail: kind,
        applyDelayMs: applyDelay(world, 'wms'),
        apply: () => world.changeWms(skuLoc, -consume, 'consumption', this.consumptionReference ? record : null),
      }),
    );
    return record;
  }

  private ship(order: Order, line: OrderLine, options: OrderOptions): void {
    const world = this.world;
    world.allocated[line.skuLoc] = (world.allocated[line.skuLoc] ?? 0) - line.qty;
    world.changeWms(line.skuLoc, -line.qty, 'ship', order.so);
    this.wmsToErp.send(
      this.message('wms->erp', 'shipment_confirm', line.skuLoc, line.qty, order.so, 'ship', options.confirmAttempts ?? DELIVERED, {
        applyDelayMs: applyDelay(world, 'erp'),
        apply: options.confirmPosts === false ? undefined : () => this.postFulfillment(order, line),
      }),
    );
  }

  /** Posts the ERP Item Fulfillment of a line; a second posting of the same line is a new document. */
  private postFulfillment(order: Order, line: OrderLine): void {
    const world = this.world;
    const createdFrom: SourceDocument = { kind: 'sales_order', number: order.so };
    const { skuLoc, qty } = line;
    const doc = this.posted.has(line) ? world.refs.document('if') : order.fulfillment;
    this.posted.add(line);
    world.recordErp(
      { kind: 'item_fulfillment', doc, createdFrom, skuLoc, qty, status: 'Shipped', party: order.customer, memo: '' },
      -qty,
    );
    world.committed[line.skuLoc] = (world.committed[line.skuLoc] ?? 0) - line.qty;
    this.replenishIfLow(line.skuLoc);
  }

  /** The ERP orders more once its figure (plus what is on order) falls below the reorder point. */
  private replenishIfLow(skuLoc: SkuLoc): void {
    const world = this.world;
    const { scenario } = world;
    if (scenario.active[skuLoc] !== true) return;
    if ((world.erp[skuLoc] ?? 0) + (world.onOrder[skuLoc] ?? 0) >= (scenario.reorderPoint[skuLoc] ?? 0)) return;
    const at = scenario.clock.nextOpen(world.now + world.rng.int(4 * 60, 20 * 60) * MINUTE, 7, 17);
    if (at > scenario.stop - 30 * MINUTE) return;
    const qty = scenario.reorderQty[skuLoc] ?? 12;
    const po = world.refs.document('po');
    world.onOrder[skuLoc] = (world.onOrder[skuLoc] ?? 0) + qty;
    world.queue.schedule(at, () => {
      world.onOrder[skuLoc] = (world.onOrder[skuLoc] ?? 0) - qty;
      this.receive(skuLoc, qty, po);
    });
  }

  private customerOrder(): void {
    const world = this.world;
    const first = this.pickDemand();
    const locations = world.scenario.locations.length;
    const lines: OrderLine[] = [];
    const extra = world.rng.chance(0.35) ? (world.rng.chance(0.3) ? 2 : 1) : 0;
    for (const skuLoc of [first, ...Array.from({ length: extra }, () => this.pickDemand())]) {
      if (skuLoc % locations !== first % locations || lines.some((line) => line.skuLoc === skuLoc)) continue;
      const qty = world.rng.chance(0.7) ? 1 : world.rng.int(2, 3);
      if ((world.wms[skuLoc] ?? 0) - (world.committed[skuLoc] ?? 0) < qty) continue;
      lines.push({ skuLoc, qty });
    }
    if (lines.length === 0) return;
    world.queue.schedule(world.now + world.rng.int(10, 180) * SECOND, () => this.placeOrder(lines));
  }

  private randomReturn(): void {
    this.returnItem(this.pickDemand(), 1, DELIVERED);
  }

  private randomAdjustment(kind: AdjustmentKind): void {
    const skuLoc = this.pickDemand();
    const delta = kind === 'damage' ? -this.world.rng.int(1, 2) : this.world.rng.pick([-3, -2, -1, -1, 1, 1, 2]);
    if ((this.world.wms[skuLoc] ?? 0) + delta < 0) return;
    this.adjustWms(skuLoc, delta, kind, DELIVERED);
  }

  private schedulePlanningRun(run: number): void {
    const { scenario } = this.world;
    const at = scenario.start + scenario.planningOffsetMs + run * scenario.planningIntervalMs;
    if (at > scenario.stop) return;
    this.world.queue.schedule(at, () => {
      this.planningRun();
      this.schedulePlanningRun(run + 1);
    });
  }

  /** ERP planning recalculates a share of SKUs; shrinkage SKUs get the toxic signal from the injections instead. */
  private planningRun(): void {
    const world = this.world;
    const { scenario } = world;
    const kinds = PLANNING_KINDS.filter((kind) => kind !== scenario.injections.toxicPlanning);
    for (let skuLoc = 0; skuLoc < this.cells; skuLoc += 1) {
      if (scenario.active[skuLoc] !== true || !world.rng.chance(scenario.volumes.planningShare)) continue;
      this.planningSignal(skuLoc, world.rng.pick(kinds), 0);
    }
  }

  private pickDemand(): SkuLoc {
    const { demandCumulative, demandIndex } = this.world.scenario;
    const target = this.world.rng.next();
    let low = 0;
    let high = demandCumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((demandCumulative[middle] ?? 1) < target) low = middle + 1;
      else high = middle;
    }
    return demandIndex[low] ?? 0;
  }

  /** A Poisson process between two local hours each day, until business stops. */
  private poisson(ratePerHour: number, open: number, close: number, fire: () => void): void {
    const world = this.world;
    const { clock, stop } = world.scenario;
    const next = (from: number): void => {
      const at = clock.nextOpen(from + world.rng.exponential(HOUR / ratePerHour), open, close);
      if (at > stop) return;
      world.queue.schedule(at, () => {
        fire();
        next(at);
      });
    };
    next(world.scenario.start);
  }

  private message(
    path: Message['path'],
    kind: Message['kind'],
    skuLoc: SkuLoc,
    qty: number,
    recordRef: string,
    keyTag: string,
    attempts: Attempt[],
    extra: Partial<Message> & { applyDelayMs: number },
  ): Message {
    return {
      path,
      kind,
      detail: null,
      skuLoc,
      qty,
      recordRef,
      keyTag,
      key: this.world.refs.key(keyTag, recordRef),
      correlation: this.world.refs.correlation(),
      attempts,
      delivered: 0,
      ...extra,
    };
  }
}
