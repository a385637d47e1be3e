// The storefront's Shopify inventory CSV export in one of its header layouts, with `Not stocked` cells.
import { join } from 'node:path';
import { fileTruth, type GroundTruthFile } from '../ground-truth';
import { OutputFile } from '../output-file';
import type { Rng } from '../prng';
import { skuIn, type Scenario } from '../scenario';
import type { Capture } from '../simulation/world';
import { TableWriter, type Cell } from '../table-writer';

type Layout = 'all-quantity-types' | 'legacy-option-space' | 'no-options';

export interface ShopifyShape {
  layout: Layout;
  notStocked: string;
  stem: string;
}

export function chooseShopifyShape(rng: Rng): ShopifyShape {
  return {
    layout: rng.pick<Layout>(['all-quantity-types', 'all-quantity-types', 'legacy-option-space', 'no-options']),
    notStocked: rng.chance(0.7) ? 'Not stocked' : 'not stocked',
    stem: rng.pick(['shopify_inventory', 'inventory_export', 'shopify-inventory-all-quantities']),
  };
}

const HEADERS: Record<Layout, string[]> = {
  'all-quantity-types': [
    'Handle', 'Title', 'Option1 Name', 'Option1 Value', 'Option2 Name', 'Option2 Value', 'Option3 Name', 'Option3 Value',
    'SKU', 'Barcode', 'HS Code', 'COO', 'Location', 'Bin name', 'Incoming (not editable)', 'Unavailable (not editable)',
    'Committed (not editable)', 'Available (not editable)', 'On hand (current)', 'On hand (new)',
  ],
  'legacy-option-space': [
    'Handle', 'Title', 'Option 1 Name', 'Option 1 Value', 'Option 2 Name', 'Option 2 Value', 'SKU', 'Location', 'Incoming',
    'Unavailable', 'Committed', 'Available', 'On hand',
  ],
  'no-options': [
    'Handle', 'Title', 'SKU', 'Location', 'Bin name', 'Incoming (not editable)', 'Unavailable (not editable)',
    'Committed (not editable)', 'Available (not editable)', 'On hand (current)', 'On hand (new)',
  ],
};

/** One row per variant and location, every location listed; the file time stands in for the capture time. */
export async function writeShopifyInventory(
  shape: ShopifyShape,
  scenario: Scenario,
  capture: Capture,
  outDir: string,
  relativePath: string,
): Promise<GroundTruthFile> {
  const file = new OutputFile(join(outDir, relativePath), false);
  const format = { kind: 'delimited', delimiter: ',', quoteAll: false, crlf: false, bom: false, header: HEADERS[shape.layout] } as const;
  const table = new TableWriter(file, format, [], { index: -1, value: '' });
  const L = scenario.locations.length;
  scenario.products.forEach((product, sku) => {
    const option = (n: number): [string, string] => product.options[n] ?? ['', ''];
    scenario.locations.forEach((location, loc) => {
      const skuLoc = sku * L + loc;
      const variantSku = skuIn(scenario, 'storefront', skuLoc);
      const stocked = scenario.stocked[skuLoc] === true;
      const onHand = capture.level[skuLoc] ?? 0;
      const figures: Cell[] = stocked ? [0, 0, 0, onHand, onHand] : Array<Cell>(5).fill(shape.notStocked);
      const aisle = String.fromCharCode(65 + (sku % 6));
      const bin = stocked && loc === 0 ? `${aisle}-${String(1 + (sku % 20)).padStart(2, '0')}-0${1 + (sku % 4)}` : '';
      switch (shape.layout) {
        case 'all-quantity-types':
          table.row([
            product.handle, product.title, ...option(0), ...option(1), '', '', variantSku, product.barcode, '610910', 'PT',
            location.storefront, bin, ...figures, '',
          ]);
          break;
        case 'legacy-option-space':
          table.row([product.handle, product.title, ...option(0), ...option(1), variantSku, location.storefront, ...figures]);
          break;
        case 'no-options':
          table.row([product.handle, product.title, variantSku, location.storefront, bin, ...figures, '']);
          break;
      }
    });
  });
  const outcome = table.finish();
  await file.close();
  return fileTruth(relativePath, 'shopify-inventory-csv', outcome, capture.at);
}
