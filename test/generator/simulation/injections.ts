// Plants the seed's faults and healthy noise into the running business and keeps the answer key for each.
import type { Cluster, HealthyKind } from '../ground-truth';
import type { FaultPlan, NoisePlan } from '../injection-plan';
import type { SkuLoc } from '../model';
import type { Attempt } from './handoff';
import type { Business } from './business';
import type { World } from './world';

export interface PlantedFault {
  skuLoc: SkuLoc;
  cluster: Cluster;
  variant: string;
  units: number;
  references: string[];
  /** ERP minus WMS that this fault leaves behind. */
  gap: number;
}

export interface PlantedHealthy {
  skuLoc: SkuLoc;
  kind: HealthyKind;
  reference: string;
}

const DELIVERED: Attempt[] = [{ status: 'success', applies: true }];

export class Injections {
  readonly faults: PlantedFault[] = [];
  readonly healthy: PlantedHealthy[] = [];

  constructor(
    private readonly world: World,
    private readonly business: Business,
  ) {}

  start(): void {
    const { scenario, queue } = this.world;
    for (const fault of scenario.injections.faults) {
      if (fault.cluster === 'phantom_shrinkage') this.plantShrinkage(fault);
      else queue.schedule(fault.at, () => this.plantFault(fault));
    }
    for (const noise of scenario.injections.noise) queue.schedule(noise.at, () => this.plantNoise(noise));
    for (const order of scenario.inFlight) {
      queue.schedule(order.orderAt, () => {
        const placed = this.business.placeOrder([{ skuLoc: order.skuLoc, qty: order.qty }], {
          autoFulfil: true,
          shipAt: order.shipAt,
          confirmPosts: false,
        });
        this.healthy.push({ skuLoc: order.skuLoc, kind: 'in_flight', reference: placed.so });
      });
    }
    for (const skuLoc of scenario.zeroEverywhere) this.healthy.push({ skuLoc, kind: 'zero_everywhere', reference: '' });
  }

  private plantFault(fault: Exclude<FaultPlan, { cluster: 'phantom_shrinkage' }>): void {
    const { business, world } = this;
    const { skuLoc, qty } = fault;
    const record = (variant: string, gap: number, references: string[]): void => {
      this.faults.push({ skuLoc, cluster: fault.cluster, variant, units: Math.abs(gap), references, gap });
    };
    switch (fault.cluster) {
      case 'phantom_stock': {
        const po = world.refs.document('po');
        const failed: Attempt = { status: fault.failStatus, applies: false };
        const failures: Attempt[] = Array.from({ length: fault.failures }, () => failed);
        const receipt = business.receive(skuLoc, qty, po, failures);
        record(fault.failStatus, qty, [po, receipt]);
        break;
      }
      case 'ghost_shipment': {
        const attempts: Attempt[] = [{ status: fault.failStatus, applies: false }];
        const order = business.placeOrder([{ skuLoc, qty }], {
          releaseAttempts: attempts,
          releaseSilent: fault.variant === 'never_fired',
          autoFulfil: true,
        });
        record(fault.variant, -qty, [order.so, order.fulfillment]);
        break;
      }
      case 'stranded_adjustment': {
        if (fault.variant === 'erp_return') {
          record(fault.variant, qty, [business.returnItem(skuLoc, qty, null)]);
        } else {
          const delta = -Math.min(qty, world.wms[skuLoc] ?? 0);
          const kind = fault.variant === 'wms_damage' ? 'damage' : 'cycle_count';
          record(fault.variant, -delta, [business.adjustWms(skuLoc, delta, kind, null)]);
        }
        break;
      }
      case 'duplicate_application': {
        const twice: Attempt[] = [
          { status: 'success', applies: true, then: world.rng.chance(0.5) ? 'same_batch' : 'next_cycle' },
          { status: 'success', applies: true },
        ];
        if (fault.variant === 'receipt') {
          const po = world.refs.document('po');
          business.receive(skuLoc, qty, po, twice);
          record(fault.variant, -qty, [po]);
        } else if (fault.variant === 'ship_confirm') {
          const order = business.placeOrder([{ skuLoc, qty }], { confirmAttempts: twice });
          record(fault.variant, -qty, [order.so]);
        } else {
          const delta = -Math.min(qty, world.wms[skuLoc] ?? 0);
          record(`adjustment_${fault.adjustment}`, delta, [business.adjustWms(skuLoc, delta, fault.adjustment, twice)]);
        }
        break;
      }
    }
  }

  /** The toxic planning signal in each planned run; the faulty WMS books each one as consumption. */
  private plantShrinkage(fault: Extract<FaultPlan, { cluster: 'phantom_shrinkage' }>): void {
    const { scenario, queue } = this.world;
    const planted: PlantedFault = {
      skuLoc: fault.skuLoc,
      cluster: 'phantom_shrinkage',
      variant: scenario.injections.toxicPlanning,
      units: 0,
      references: [],
      gap: 0,
    };
    this.faults.push(planted);
    fault.runs.forEach((run, index) => {
      const at = scenario.start + scenario.planningOffsetMs + run * scenario.planningIntervalMs;
      queue.schedule(at, () => {
        const qty = Math.min(fault.qtys[index] ?? 1, this.world.wms[fault.skuLoc] ?? 0);
        if (qty <= 0) return;
        planted.references.push(this.business.planningSignal(fault.skuLoc, scenario.injections.toxicPlanning, qty));
        planted.units += qty;
        planted.gap += qty;
      });
    });
  }

  private plantNoise(noise: NoisePlan): void {
    const world = this.world;
    const attempts = noiseAttempts(noise, world.rng.chance(0.5) ? 'same_batch' : 'next_cycle');
    const kind: HealthyKind = noise.kind;
    const { skuLoc, qty } = noise;
    let reference: string;
    switch (noise.flow) {
      case 'receipt':
        reference = world.refs.document('po');
        this.business.receive(skuLoc, qty * 6, reference, attempts);
        break;
      case 'order_release':
        reference = this.business.placeOrder([{ skuLoc, qty }], { releaseAttempts: attempts }).so;
        break;
      case 'ship_confirm':
        reference = this.business.placeOrder([{ skuLoc, qty }], { confirmAttempts: attempts }).so;
        break;
      case 'adjustment': {
        const delta = noise.adjustment === 'damage' || world.rng.chance(0.5) ? -Math.min(qty, world.wms[skuLoc] ?? 0) : qty;
        reference = this.business.adjustWms(skuLoc, delta === 0 ? 1 : delta, noise.adjustment, attempts);
        break;
      }
    }
    this.healthy.push({ skuLoc, kind, reference });
  }
}

function noiseAttempts(noise: NoisePlan, duplicateTiming: 'same_batch' | 'next_cycle'): Attempt[] {
  switch (noise.kind) {
    case 'retry_succeeded':
      return [{ status: 'error', applies: false, then: 'next_cycle' }, ...DELIVERED];
    case 'ignored_duplicate':
      return [
        { status: 'success', applies: true, then: duplicateTiming },
        { status: noise.second, applies: false },
      ];
    case 'error_fixed':
      return [
        { status: 'rejected', applies: false, then: noise.fixAfterMs },
        { status: 'success', applies: true, freshKeys: true },
      ];
  }
}
