// Runs the simulated retailer from the first day to past the last snapshot, streaming its records to the writers.
import type { RecordSink } from '../model';
import { Rng } from '../prng';
import type { Scenario } from '../scenario';
import { Business } from './business';
import { failureText, HandoffPath } from './handoff';
import { Injections, type PlantedFault, type PlantedHealthy } from './injections';
import { startStorefrontSync } from './storefront-sync';
import { World, type Capture } from './world';

export interface SimulationResult {
  captures: Record<'erp' | 'wms' | 'storefront', Capture>;
  atAsOf: Record<'erp' | 'wms' | 'storefront', Int32Array>;
  faults: PlantedFault[];
  healthy: PlantedHealthy[];
  eventCount: number;
}

export async function simulate(scenario: Scenario, sink: RecordSink, pause: () => Promise<void>): Promise<SimulationResult> {
  const world = new World(scenario, new Rng(scenario.seed).fork('simulation'), sink);
  const failures = failureText(world);
  const handoff = (path: 'erp->wms' | 'wms->erp' | 'wms->storefront' | 'erp->storefront'): HandoffPath | undefined => {
    const plan = scenario.paths[path];
    return plan === undefined ? undefined : new HandoffPath(world, path, plan, failures);
  };
  const erpToWms = handoff('erp->wms');
  const wmsToErp = handoff('wms->erp');
  if (erpToWms === undefined || wmsToErp === undefined) throw new Error('the ERP <-> WMS paths are always present');
  startStorefrontSync(world, { wms: handoff('wms->storefront'), erp: handoff('erp->storefront') });
  const business = new Business(world, erpToWms, wmsToErp, world.rng.chance(0.5));
  const injections = new Injections(world, business);
  business.start();
  injections.start();
  await world.queue.run(pause);
  const { erp, wms, storefront } = world.captures;
  if (erp === undefined || wms === undefined || storefront === undefined || world.atAsOf === null) {
    throw new Error('the simulation ended before every snapshot was captured');
  }
  return {
    captures: { erp, wms, storefront },
    atAsOf: world.atAsOf,
    faults: injections.faults,
    healthy: injections.healthy,
    eventCount: world.eventCount,
  };
}
