// Reference exports that map ids to SKUs or location names (Shopify's inventory_items.csv) used by the crosswalk, strictly.
import { beforeAll, describe, expect, it } from 'vitest';
import { idTablesOf } from '../../../../../electron/engine/crosswalk/id-tables';
import { addSource } from '../../../../support/case-rows';
import { crosswalkCase, type CrosswalkCase } from './crosswalk-case';

const ITEM = (n: number): string => `2718783465968840${10 + n}`;

describe('id tables among the raw tables', () => {
  let kase: CrosswalkCase;

  const rawTable = async (file: string, table: string, columns: string[], rows: string[][]) => {
    await kase.db.run(`CREATE TABLE ${table} (source_id INTEGER, line_number BIGINT, ${columns.map((c) => `"${c}" VARCHAR`).join(', ')})`);
    const source = await addSource(kase.db, { file, system: 'storefront', kind: 'raw', table });
    for (const [index, values] of rows.entries()) {
      await kase.db.run(`INSERT INTO ${table} VALUES ($source, $line, ${values.map((_, i) => `$v${i}`).join(', ')})`, {
        source,
        line: index + 2,
        ...Object.fromEntries(values.map((value, i) => [`v${i}`, value])),
      });
    }
  };

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows } = kase;
    const skus = ['TEE-1', 'TEE-2', 'TEE-3', 'TEE-4'];
    for (const [n, sku] of skus.entries()) {
      await rows.snapshot({ system: 'wms', sku, location: 'ATL1', on_hand: 10 + n });
      // Inventory level webhooks carry only the item id and the location id (and figures the WMS's do not match).
      await rows.snapshot({ system: 'storefront', sku: ITEM(n), location: '61938401386', on_hand: 20 + n });
    }
    // Numeric SKUs two systems write are SKUs, not ids.
    for (const system of ['erp', 'wms']) for (const sku of ['100', '101', '102']) await rows.snapshot({ system, sku, location: 'ATL1', on_hand: 1 });
    await rawTable('inventory_items.csv', 'raw_inventory_items', ['inventory_item_id', 'variant_id', 'sku', 'tracked'],
      skus.map((sku, n) => [ITEM(n), `4401234567890${n}`, sku, 'true']));
    await rawTable('products.csv', 'raw_products', ['id', 'sku'], [['100', 'TEE-1'], ['101', 'TEE-2'], ['102', 'TEE-3']]);
    await rawTable('orders.csv', 'raw_orders', ['order_id', 'sku'], [['NW1001', 'TEE-1'], ['NW1002', 'TEE-2'], ['NW1003', 'TEE-3']]);
    await rawTable('locations.csv', 'raw_locations', ['location_id', 'name'], [['61938401386', 'atl1']]);
    await kase.infer('sku');
  });

  it('reads an id column beside a SKU column, or a location id beside a name, from the column names', () => {
    expect(idTablesOf('raw_items', 'items.csv', ['inventory_item_id', 'variant_id', 'sku', 'tracked']).map((t) => `${t.kind}:${t.idColumn}->${t.valueColumn}`))
      .toEqual(['sku:inventory_item_id->sku', 'sku:variant_id->sku']);
    expect(idTablesOf('raw_places', 'places.csv', ['Location ID', 'Name']).map((t) => `${t.kind}:${t.idColumn}->${t.valueColumn}`)).toEqual([
      'location:Location ID->Name',
    ]);
    expect(idTablesOf('raw_notes', 'notes.csv', ['note', 'author'])).toEqual([]);
  });

  it('links each id to its SKU, as a match kind of its own naming the table', async () => {
    expect(await kase.entry('sku', 'storefront', ITEM(1))).toMatchObject({
      canonical_key: 'TEE-2',
      method: 'id_table',
      evidence: "by the id table in inventory_items.csv (inventory_item_id -> sku): wms 'TEE-2' (4 ids of storefront linked by it)",
      support: 4,
      confidence: 0.95,
      matched_system: 'wms',
      matched_value: 'TEE-2',
    });
  });

  it('links nothing through a table whose ids are SKUs two systems share, or match nothing', async () => {
    expect(await kase.entry('sku', 'wms', '100')).toBeUndefined();
    expect(await kase.entry('sku', 'erp', '100')).toBeUndefined();
  });

  it('links a location id to the location a location table names', async () => {
    expect(await kase.entry('location', 'storefront', '61938401386')).toMatchObject({
      canonical_key: 'atl1',
      method: 'id_table',
      evidence: "by the id table in locations.csv (location_id -> name): wms 'ATL1'",
    });
  });
});

describe('a storefront whose ids outnumber its prefixed SKUs', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase('prefixed-with-ids.driftcase');
    const { rows, db } = kase;
    const plain = Array.from({ length: 16 }, (_, n) => `KBR-ITEM-${n}`);
    const jackets = ['KBR-JKT-S', 'KBR-JKT-M', 'KBR-JKT-L', 'KBR-JKT-XL'];
    for (const sku of [...plain, ...jackets]) await rows.snapshot({ system: 'wms', sku, location: 'MEL', on_hand: 5 });
    // The storefront's export writes the jackets under a variant prefix; its webhooks write every item by its id.
    for (const sku of [...plain, ...jackets.map((sku) => `VAR-${sku}`)]) await rows.snapshot({ system: 'storefront', sku, location: 'MEL', on_hand: 5 });
    const items = [...plain, ...jackets.map((sku) => `VAR-${sku}`)].map((sku, n) => ({ id: `47190388499448${1000 + n}`, sku }));
    for (const { id } of items) await rows.snapshot({ system: 'storefront', sku: id, location: 'MEL', on_hand: 5 });
    await db.run('CREATE TABLE raw_inventory_items (source_id INTEGER, line_number BIGINT, "inventory_item_id" VARCHAR, "sku" VARCHAR)');
    const source = await addSource(db, { file: 'inventory_items.csv', system: 'storefront', kind: 'raw', table: 'raw_inventory_items' });
    for (const [index, { id, sku }] of items.entries()) {
      await db.run('INSERT INTO raw_inventory_items VALUES ($source, $line, $id, $sku)', { source, line: index + 2, id, sku });
    }
    await kase.infer('sku');
  });

  it('links the prefixed SKUs to the plain ones: the ids an id table maps are no SKUs the WMS lacks', async () => {
    expect(await kase.entry('sku', 'storefront', 'VAR-KBR-JKT-XL')).toMatchObject({ canonical_key: 'KBR-JKT-XL' });
  });
});

describe('a GraphQL bulk export kept as JSON lines', () => {
  let kase: CrosswalkCase;
  const ITEMS = ['271878790954042977', '271878974764614162', '271879831120222674'];

  beforeAll(async () => {
    kase = await crosswalkCase('bulk-ids.driftcase');
    const { rows, db } = kase;
    const skus = ['CL-TEE-S', 'CL-TEE-M', 'CL-TEE-L'];
    for (const [n, sku] of skus.entries()) {
      await rows.snapshot({ system: 'wms', sku, location: 'Dublin (IE)', on_hand: 10 + n });
      // inventory_levels/update webhooks: the item and the location by number only.
      await rows.snapshot({ system: 'storefront', sku: ITEMS[n] ?? '', location: '61829415079', on_hand: null });
    }
    await rows.snapshot({ system: 'storefront', sku: 'CL-TEE-S', location: 'Ireland (ShipBob)', on_hand: 10 });
    await db.run('CREATE TABLE raw_bulk_variants (source_id INTEGER, line_number BIGINT, line VARCHAR)');
    const source = await addSource(db, { file: 'bulk_variants.jsonl', system: 'storefront', kind: 'raw', table: 'raw_bulk_variants' });
    const lines = [
      { id: 'gid://shopify/Product/8123400038344', title: 'Tee' },
      ...skus.map((sku, n) => ({ id: `gid://shopify/ProductVariant/4512000892632${n}`, sku, inventoryItem: { id: `gid://shopify/InventoryItem/${ITEMS[n]}` } })),
      { id: 'gid://shopify/InventoryLevel/1?inventory_item_id=1', location: { id: 'gid://shopify/Location/61829415079', name: 'Ireland (ShipBob)' } },
    ].map((line) => JSON.stringify(line));
    for (const [index, line] of [...lines, '{"truncated": '].entries()) {
      await db.run('INSERT INTO raw_bulk_variants VALUES ($source, $line_number, $line)', { source, line_number: index + 1, line });
    }
    await kase.infer('sku');
  });

  it('links each item id written as a number to the SKU whose GID names it', async () => {
    expect(await kase.entry('sku', 'storefront', ITEMS[2] ?? '')).toMatchObject({
      canonical_key: 'CL-TEE-L',
      method: 'id_table',
      evidence: "by the id table in bulk_variants.jsonl (item id -> sku): wms 'CL-TEE-L' (3 ids of storefront linked by it)",
    });
  });

  it('links a location id to the name its level lines give it', async () => {
    expect(await kase.entry('location', 'storefront', '61829415079')).toMatchObject({ method: 'id_table' });
  });
});

describe('a list of places kept as JSON (ShipBob fulfillment centers)', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase('places.driftcase');
    const { rows, db } = kase;
    // ShipBob's levels name the center; its inventory history names it by id only.
    await rows.snapshot({ system: 'wms', sku: 'DH-MAT-SI', location: 'Duisburg (DE)', on_hand: 33 });
    await rows.snapshot({ system: 'wms', sku: 'DH-MAT-SI', location: '287', on_hand: null });
    await rows.snapshot({ system: 'wms', sku: 'DH-PEG-10', location: '90440025', on_hand: null });
    await db.run('CREATE TABLE raw_fulfillment_centers (source_id INTEGER, line_number BIGINT, line VARCHAR)');
    const source = await addSource(db, { file: 'fulfillment_centers.json', system: 'wms', kind: 'raw', table: 'raw_fulfillment_centers' });
    const lines = [
      { id: 287, name: 'Duisburg (DE)', timezone: 'W. Europe Standard Time' },
      { id: 214, name: 'Manchester (UK)', timezone: 'GMT Standard Time' },
      // A product is no place, though it has an id and a name.
      { id: 90440025, name: 'Duisburg (DE)', sku: 'DH-PEG-10' },
    ].map((line) => JSON.stringify(line));
    for (const [index, line] of lines.entries()) {
      await db.run('INSERT INTO raw_fulfillment_centers VALUES ($source, $line_number, $line)', { source, line_number: index + 1, line });
    }
    await kase.infer('location');
  });

  it('links a center id to the name the list gives it', async () => {
    expect(await kase.entry('location', 'wms', '287')).toMatchObject({ canonical_key: 'duisburgde', method: 'id_table' });
  });

  it('reads no place from a line that names a SKU', async () => {
    expect(await kase.entry('location', 'wms', '90440025')).not.toMatchObject({ method: 'id_table' });
  });
});
