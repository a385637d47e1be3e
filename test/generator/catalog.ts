// The simulated retailer's catalogue: products and SKUs in a seed-chosen style, warehouses and their spellings.
import type { Rng } from './prng';

export interface Product {
  sku: string;
  handle: string;
  title: string;
  /** Shopify options, e.g. [['Color', 'Black'], ['Size', 'M']]; `Title / Default Title` for one-size items. */
  options: [string, string][];
  barcode: string;
  internalId: number;
  /** `Basic Tee, Black, M`: NetSuite's description. */
  description: string;
}

/** One warehouse, spelled by each system its own way (case and punctuation only, unless naming.ts renames it). */
export interface Location {
  wms: string;
  erp: string;
  storefront: string;
  /** The catalogue's words for it ('Salt', 'Lake', 'DC'). */
  words: string[];
}

const PRODUCTS: [code: string, name: string, sized: boolean][] = [
  ['TEE', 'Tee', true], ['HD', 'Hoodie', true], ['SCK', 'Sock', true], ['CAP', 'Cap', false], ['MUG', 'Mug', false],
  ['TOTE', 'Tote', false], ['BEAN', 'Beanie', false], ['JOG', 'Jogger', true], ['CRW', 'Crew', true],
  ['TNK', 'Tank', true], ['POLO', 'Polo', true], ['JKT', 'Jacket', true], ['SCF', 'Scarf', false],
  ['GLV', 'Glove', true], ['BTL', 'Bottle', false], ['SHT', 'Short', true],
];
const ADJECTIVES = ['Basic', 'Classic', 'Heavyweight', 'Organic', 'Vintage', 'Everyday', 'Ribbed', 'Canvas', 'Trail'];
const COLORS: [code: string, name: string][] = [
  ['BLK', 'Black'], ['WHT', 'White'], ['NVY', 'Navy'], ['GRY', 'Grey'], ['RED', 'Red'], ['GRN', 'Green'],
  ['OLV', 'Olive'], ['SND', 'Sand'], ['CHR', 'Charcoal'], ['BLU', 'Blue'],
];
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

type SkuStyle = 'code-color-size' | 'underscored' | 'numbered' | 'style-number';

function skuText(
  style: SkuStyle,
  index: number,
  code: string,
  color: string,
  size: string | null,
  styleNumber: number,
): string {
  const tail = size === null ? [color] : [color, size];
  switch (style) {
    case 'code-color-size':
      return [code, ...tail].join('-');
    case 'underscored':
      return [code, ...tail].join('_');
    case 'numbered':
      return `SKU-${String(index + 1).padStart(5, '0')}`;
    case 'style-number':
      return [`${code}${styleNumber}`, ...tail].join('-');
  }
}

export function buildProducts(rng: Rng, count: number): Product[] {
  const style = rng.pick<SkuStyle>(['code-color-size', 'code-color-size', 'underscored', 'numbered', 'style-number']);
  const products: Product[] = [];
  const seen = new Set<string>();
  const baseId = rng.int(1000, 9000);
  const barcodeBase = rng.int(100_000, 899_999);
  for (let round = 0; products.length < count; round += 1) {
    for (const [code, name, sized] of rng.shuffle(PRODUCTS)) {
      if (products.length >= count) break;
      const adjective = rng.pick(ADJECTIVES);
      const productCode = round === 0 ? code : `${code}${round + 1}`;
      const title = `${adjective} ${name}${round === 0 ? '' : ` ${round + 1}`}`;
      const handle = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const styleNumber = rng.int(100, 999);
      for (const [colorCode, colorName] of rng.sample(COLORS, rng.int(2, 5))) {
        for (const size of sized ? SIZES.slice(rng.int(0, 2), rng.int(4, 6)) : [null]) {
          if (products.length >= count) break;
          const sku = skuText(style, products.length, productCode, colorCode, size, styleNumber);
          if (seen.has(sku)) continue;
          seen.add(sku);
          const options: [string, string][] = size === null ? [['Color', colorName]] : [['Color', colorName], ['Size', size]];
          products.push({
            sku,
            handle,
            title,
            options: rng.chance(0.1) && size === null ? [['Title', 'Default Title']] : options,
            barcode: `0840${String(barcodeBase).padStart(6, '0')}${String(products.length).padStart(3, '0')}`.slice(0, 13),
            internalId: baseId + products.length,
            description: [title, colorName, ...(size === null ? [] : [size])].join(', '),
          });
        }
      }
    }
  }
  return products;
}

const WAREHOUSES: string[][] = [
  ['Reno', 'DC'], ['Dallas', 'DC'], ['Atlanta', 'FC'], ['Columbus', 'Warehouse'], ['Ontario', 'CA', 'DC'],
  ['Memphis', 'Hub'], ['Allentown', 'DC'], ['Louisville', 'FC'], ['Salt', 'Lake', 'DC'], ['Savannah', 'Port'],
];

/** The ways one name is written: the analysis compares locations lower-cased with only letters and digits kept. */
const SPELLINGS: ((words: string[]) => string)[] = [
  (words) => words.join(' '),
  (words) => words.join('-').toUpperCase(),
  (words) => words.join(' ').toLowerCase(),
  (words) => words.join('_'),
  (words) => words.join(' ').toUpperCase(),
  (words) => words.join('-').toLowerCase(),
  (words) => words.join('.'),
];

export function buildLocations(rng: Rng, count: number): Location[] {
  const spelling = { wms: rng.pick(SPELLINGS), erp: rng.pick(SPELLINGS), storefront: rng.pick(SPELLINGS) };
  return rng.sample(WAREHOUSES, count).map((words) => ({
    wms: spelling.wms(words),
    erp: spelling.erp(words),
    storefront: spelling.storefront(words),
    words,
  }));
}
