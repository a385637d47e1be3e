// How each system names the same warehouse and SKU: alike but for case and punctuation, or (some seeds) its own way.
import type { Location, Product } from './catalog';
import type { SystemId } from './model';
import type { Rng } from './prng';

/** A change one system makes to the SKUs it writes: case, zero padding, or a parent prefix (the storefront's). */
export type SkuVariant = 'lower' | 'unpadded' | 'parent_prefix';

export interface Naming {
  /** Each system names warehouses its own way ('Atlanta DC', 'ATL1', 'Atlanta Fulfillment Center' or an id). */
  ownLocationNames: boolean;
  /** The system whose SKUs differ, and how; null when every system writes the catalogue's SKU. */
  skuVariant: { system: SystemId; variant: SkuVariant } | null;
}

/** The type words at the end of a warehouse's name ('Reno DC'), left out where a system names the city. */
const TYPE_WORDS = new Set(['DC', 'FC', 'Warehouse', 'Hub', 'Port']);
const ERP_SUFFIXES = ['DC', 'Distribution Center', 'Warehouse'];

/** Half the seeds name things each system its own way; the other half keep today's look-alike spellings. */
export function chooseNaming(rng: Rng, skuStyleNumbered: boolean): Naming {
  if (!rng.chance(0.5)) return { ownLocationNames: false, skuVariant: null };
  const variant = rng.pick<SkuVariant>(skuStyleNumbered ? ['lower', 'unpadded', 'parent_prefix'] : ['lower', 'parent_prefix']);
  const system = variant === 'parent_prefix' ? 'storefront' : rng.pick<SystemId>(['erp', 'wms', 'storefront']);
  return { ownLocationNames: true, skuVariant: { system, variant } };
}

/** Warehouses named by each system its own way; `words` as in the catalogue ('Salt', 'Lake', 'DC'). */
export function ownLocationNames(rng: Rng, warehouses: string[][]): Location[] {
  const erpSuffix = rng.pick(ERP_SUFFIXES);
  const numericIds = rng.chance(0.5);
  const idBase = rng.int(60, 99) * 1_000_000_000 + rng.int(0, 899_999) * 1000;
  return warehouses.map((words, index) => {
    const city = words.filter((word, position) => position === 0 || !TYPE_WORDS.has(word)).join(' ');
    const code = city.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase();
    return {
      erp: `${city} ${erpSuffix}`,
      wms: `${code}${1 + (index % 3)}`,
      storefront: numericIds ? String(idBase + 137 * (index + 1)) : `${city} Fulfillment Center`,
      words,
    };
  });
}

/** The SKU each system writes for every product: the catalogue's, except the varying system's on about half. */
export function skuSpellings(rng: Rng, products: Product[], naming: Naming): Record<SystemId, string>[] {
  return products.map((product) => {
    const spelled: Record<SystemId, string> = { erp: product.sku, wms: product.sku, storefront: product.sku };
    const { skuVariant } = naming;
    if (skuVariant !== null && rng.chance(0.5)) spelled[skuVariant.system] = respell(product, skuVariant.variant);
    return spelled;
  });
}

function respell(product: Product, variant: SkuVariant): string {
  switch (variant) {
    case 'lower':
      return product.sku.toLowerCase();
    case 'unpadded':
      return product.sku.replace(/(^|[^0-9])0+([0-9])/g, '$1$2');
    case 'parent_prefix':
      return `${product.handle.toUpperCase()}-${product.sku}`;
  }
}
