// Inventory pushes to the storefront: per location from the WMS or the ERP, the absolute level at the moment of the push.
import type { SkuLoc } from '../model';
import type { HandoffPath } from './handoff';
import type { World } from './world';

/**
 * Listens to level changes and pushes the changed SKU's level along the location's storefront path. A SKU with a push
 * already waiting gets no second one: the waiting push carries the latest level when it goes.
 */
export function startStorefrontSync(world: World, paths: Partial<Record<'wms' | 'erp', HandoffPath>>): void {
  const waiting = new Set<SkuLoc>();
  const { scenario } = world;
  world.onLevelChange((system, skuLoc) => {
    const path = paths[system];
    const source = scenario.storefrontSource[skuLoc % scenario.locations.length];
    if (path === undefined || source !== system || waiting.has(skuLoc)) return;
    const levels = system === 'wms' ? world.wms : world.erp;
    waiting.add(skuLoc);
    path.send({
      path: path.path,
      kind: 'inventory_sync',
      detail: null,
      skuLoc,
      qty: 0,
      recordRef: '',
      keyTag: 'inv',
      key: world.refs.key('inv', world.sku(skuLoc)),
      correlation: world.refs.correlation(),
      attempts: [{ status: 'success', applies: true }],
      delivered: 0,
      applyDelayMs: 0,
      onDelivery: () => waiting.delete(skuLoc),
      liveQty: () => levels[skuLoc] ?? 0,
      apply: () => {
        world.storefront[skuLoc] = levels[skuLoc] ?? 0;
      },
    });
  });
}
