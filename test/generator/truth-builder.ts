// Assembles ground_truth.json from the simulation's outcome, after checking the books balance as the truth claims.
import { GENERATOR_ID, type GroundTruth, type GroundTruthFile } from './ground-truth';
import type { SkuLoc, SystemId } from './model';
import type { Scenario } from './scenario';
import type { SimulationResult } from './simulation/simulate';
import { PATH_ORDER } from './sync-plan';

/** `localNames`: systems whose snapshot file names carry a local time, so they need a --tz rule as the ERP does. */
export function buildGroundTruth(
  scenario: Scenario,
  result: SimulationResult,
  files: GroundTruthFile[],
  localNames: SystemId[],
): GroundTruth {
  const L = scenario.locations.length;
  const sku = (skuLoc: SkuLoc): string => scenario.products[Math.floor(skuLoc / L)]?.sku ?? '';
  const location = (skuLoc: SkuLoc): string => scenario.locations[skuLoc % L]?.wms ?? '';
  const faults = result.faults.filter((fault) => fault.units > 0);
  checkBalances(scenario, result);
  const drifting = [...new Set(faults.map((fault) => fault.skuLoc))].sort((a, b) => a - b);
  return {
    seed: scenario.seed,
    generator: GENERATOR_ID,
    time_zones: ['erp', ...localNames].map((system) => `${system}=${scenario.erpZone}`),
    as_of: new Date(scenario.asOf).toISOString(),
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : 1)),
    verdicts: faults.map((fault) => ({
      sku: sku(fault.skuLoc),
      location: location(fault.skuLoc),
      cluster: fault.cluster,
      units: fault.units,
      reference: fault.references[0] ?? '',
      references: fault.references,
      variant: fault.variant,
    })),
    healthy: result.healthy.map((entry) => ({
      sku: sku(entry.skuLoc),
      location: location(entry.skuLoc),
      kind: entry.kind,
      reference: entry.reference,
    })),
    sync_mode: PATH_ORDER.flatMap((path) => {
      const plan = scenario.paths[path];
      if (plan === undefined) return [];
      return [{ path, mode: plan.mode, period_s: plan.mode === 'clock' ? plan.periodMs / 1000 : null }];
    }),
    expected_figures: drifting.map((skuLoc) => ({
      sku: sku(skuLoc),
      location: location(skuLoc),
      wms: result.atAsOf.wms[skuLoc] ?? 0,
      erp: result.atAsOf.erp[skuLoc] ?? 0,
      storefront: result.atAsOf.storefront[skuLoc] ?? 0,
    })),
    naming: {
      own_location_names: scenario.naming.ownLocationNames,
      locations: scenario.locations.map(({ erp, wms, storefront }) => ({ erp, wms, storefront })),
      sku_variants: skuVariants(scenario),
    },
  };
}

/** The SKUs a system writes otherwise than the catalogue, each with how it writes it. */
function skuVariants(scenario: Scenario): GroundTruth['naming']['sku_variants'] {
  const variant = scenario.naming.skuVariant;
  if (variant === null) return [];
  return scenario.products.flatMap((product, index) => {
    const written = scenario.skuSpellings[index]?.[variant.system] ?? product.sku;
    return written === product.sku ? [] : [{ system: variant.system, variant: variant.variant, sku: product.sku, written }];
  });
}

/**
 * The generator's own invariants at as_of: every SKU x location's ERP-minus-WMS gap is exactly the sum of its
 * planted faults, and the storefront shows its source's level (in-flight orders may still be moving).
 */
function checkBalances(scenario: Scenario, result: SimulationResult): void {
  const gap = new Map<SkuLoc, number>();
  for (const fault of result.faults) gap.set(fault.skuLoc, (gap.get(fault.skuLoc) ?? 0) + fault.gap);
  const inFlight = new Set(scenario.inFlight.map((order) => order.skuLoc));
  const { wms, erp, storefront } = result.atAsOf;
  const L = scenario.locations.length;
  for (let skuLoc = 0; skuLoc < scenario.stocked.length; skuLoc += 1) {
    if (scenario.stocked[skuLoc] !== true || inFlight.has(skuLoc)) continue;
    const actual = (erp[skuLoc] ?? 0) - (wms[skuLoc] ?? 0);
    const source = scenario.storefrontSource[skuLoc % L] === 'wms' ? wms : erp;
    if (actual !== (gap.get(skuLoc) ?? 0) || storefront[skuLoc] !== source[skuLoc]) {
      throw new Error(
        `generator invariant broken for cell ${skuLoc}: erp ${erp[skuLoc]}, wms ${wms[skuLoc]}, ` +
          `storefront ${storefront[skuLoc]}, planted gap ${gap.get(skuLoc) ?? 0}`,
      );
    }
  }
}
