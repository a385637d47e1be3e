// Records nested in lists or linked lines: Shopify GraphQL and bulk inventory levels, CloudHub 2 order lines, mapping rules.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MappingDocument } from '../../../../../shared/model/mapping';
import { MappingFileError, parseMapping } from '../../../../../electron/engine/ingest/mapping-file';
import { engineWithCase, outcomeFor, tableRows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const GRAPHQL = join(FIXTURES, 'presets', 'shopify-inventory-levels-graphql');
const CH2 = join(FIXTURES, 'presets', 'mulesoft-cloudhub2-order-lines');
const NESTED = join(FIXTURES, 'nested');

type Row = Record<string, unknown>;
/** The columns of each row, line numbers (BIGINT, sent as text) as numbers. */
const pick = (rows: Row[], columns: string[]) =>
  rows.map((row) => columns.map((column) => (column === 'line_number' ? Number(row[column]) : row[column])));

function problems(json: unknown): string[] {
  try {
    parseMapping(json, 'test');
    return [];
  } catch (error) {
    if (error instanceof MappingFileError) return error.problems;
    throw error;
  }
}

describe('records nested in lists', () => {
  const folder = tempFolder();

  it('reads a Shopify GraphQL response as one snapshot per inventory level, its SKU from the enclosing item', async () => {
    const harness = await engineWithCase(folder, 'graphql.driftcase');
    const path = join(GRAPHQL, 'inventory-items-edges.json');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    const outcome = outcomeFor(summary, 'inventory-items-edges.json');
    expect(outcome).toMatchObject({ presetId: 'shopify-inventory-levels-graphql', rowsSeen: 3, rowsLoaded: 3, rowsRejected: 0 });
    expect(outcome.matchReason).toContain(
      'records nested in lists: each element of $.inventoryLevels.edges[*].node in each element of $.data.inventoryItems.edges[*].node (read as item) (3 records)',
    );
    // A document's records are numbered by their place in it; the quantities list is read by name, in any order.
    expect(pick(await tableRows(harness, 'snapshots'), ['line_number', 'sku', 'location', 'on_hand', 'available', 'committed', 'incoming', 'last_modified'])).toEqual([
      [1, 'OAK-TRAY-L', 'Leeds DC', 14, 12, 2, 0, '2026-04-02 04:24:00+00'],
      [2, 'OAK-TRAY-L', 'Bristol Store', 3, 3, 0, 6, '2026-04-01 23:10:00+00'],
      [3, 'LINEN-THROW-GRY', 'Leeds DC', 0, 0, 0, 0, '2026-03-31 15:00:00+00'],
    ]);
  });

  it('reads locations with their levels as nodes, gzipped on one line: the SKU from the level, the location enclosing it', async () => {
    const harness = await engineWithCase(folder, 'graphql-locations.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(GRAPHQL, 'locations-nodes.json.gz')] }));
    expect(outcomeFor(summary, 'locations-nodes.json.gz')).toMatchObject({
      presetId: 'shopify-inventory-levels-graphql',
      format: 'jsonl+gzip',
      rowsLoaded: 3,
      rowsRejected: 0,
    });
    // One line of JSON: every record points at it.
    const rows = pick(await tableRows(harness, 'snapshots'), ['line_number', 'sku', 'location', 'on_hand', 'available', 'reserve']);
    expect(rows.map((row) => row.join('|')).sort()).toEqual([
      '1|LINEN-THROW-GRY|Leeds DC|0|0|',
      '1|OAK-TRAY-L|Bristol Store|3|3|1',
      '1|OAK-TRAY-L|Leeds DC|14|12|',
    ]);
  });

  it('rejects, with the reason, a variant without levels, a level that is no object and a figure that is no number', async () => {
    const harness = await engineWithCase(folder, 'graphql-variants.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(NESTED, 'graphql-variants.json')] }));
    const outcome = outcomeFor(summary, 'graphql-variants.json');
    expect(outcome).toMatchObject({ presetId: 'shopify-inventory-levels-graphql', rowsSeen: 4, rowsLoaded: 1, rowsRejected: 3 });
    // The level of the old API has `available` and no quantities list; a level with only a location id names it so.
    expect(pick(await tableRows(harness, 'snapshots'), ['line_number', 'sku', 'location', 'available'])).toEqual([[1, 'OAK-TRAY-L', 'Leeds DC', 11]]);
    expect(pick(await tableRows(harness, 'rejects'), ['line_number', 'reason'])).toEqual([
      [2, 'records: element 2 of $.inventoryItem.inventoryLevels.nodes[*] in element 1 of $.data.productVariants.edges[*].node is no object'],
      [3, 'records: the list at $.inventoryItem.inventoryLevels.nodes[*] in element 2 of $.data.productVariants.edges[*].node is empty'],
      [4, 'available: "not a number" is not a number'],
    ]);
  });

  it('reads a Shopify bulk operation’s lines as one snapshot per level, with the SKU of the line its __parentId names', async () => {
    const harness = await engineWithCase(folder, 'bulk.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(FIXTURES, 'presets', 'shopify-inventory-levels-bulk')] }));
    const outcome = outcomeFor(summary, 'bulk-inventory-items.jsonl');
    expect(outcome).toMatchObject({ presetId: 'shopify-inventory-levels-bulk', rowsSeen: 3, rowsLoaded: 3, rowsRejected: 0 });
    expect(outcome.matchReason).toContain('each line with the keys of the line its __parentId names (read as item) (3 records from 3 lines)');
    // The item lines are read into their levels; each level keeps its own line.
    expect(pick(await tableRows(harness, 'snapshots'), ['line_number', 'sku', 'location', 'on_hand', 'available'])).toEqual([
      [2, 'OAK-TRAY-L', 'Leeds DC', 14, 12],
      [3, 'OAK-TRAY-L', 'Bristol Store', 3, 3],
      [5, 'LINEN-THROW-GRY', 'Leeds DC', 0, 0],
    ]);
  });

  it('rejects a bulk line whose parent is missing and an item no line names, with their lines', async () => {
    const harness = await engineWithCase(folder, 'bulk-orphans.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(NESTED, 'bulk-orphans.jsonl')] }));
    expect(outcomeFor(summary, 'bulk-orphans.jsonl')).toMatchObject({ presetId: 'shopify-inventory-levels-bulk', rowsSeen: 5, rowsLoaded: 2, rowsRejected: 3 });
    expect(pick(await tableRows(harness, 'snapshots'), ['line_number', 'sku', 'location'])).toEqual([
      [2, 'OAK-TRAY-L', 'Leeds DC'],
      [6, 'OAK-TRAY-L', 'Bristol Store'],
    ]);
    expect(pick(await tableRows(harness, 'rejects'), ['line_number', 'reason'])).toEqual([
      [3, 'records: no line names this one in __parentId'],
      [4, 'records: no line has the id "gid://shopify/InventoryItem/404" this line names in __parentId'],
      [5, 'not valid JSON'],
    ]);
  });

  it('reads a log whose keys resemble an order-line log but whose messages list nothing as plain events, none rejected', async () => {
    const log = join(folder, 'bridge-sync.log');
    const line = (i: number, message: string | null) =>
      JSON.stringify({
        timestamp: `2026-10-31T00:${String(10 + i).padStart(2, '0')}:19.006Z`,
        direction: 'shiphero_to_netsuite',
        record_type: 'shipment',
        record_id: `SHP-91060${i}`,
        sku: 'SP-SMK-PAP',
        qty: 1,
        status: 'success',
        message,
        correlation_id: `c-${i}`,
      });
    writeFileSync(log, [line(1, null), line(2, 'posted'), line(3, null), line(4, 'posted {"orderId": 7}')].join('\n') + '\n');
    const harness = await engineWithCase(folder, 'bridge.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [log] }));
    expect(outcomeFor(summary, 'bridge-sync.log')).toMatchObject({ presetId: 'generic-event-log', rowsSeen: 4, rowsLoaded: 4, rowsRejected: 0 });
  });

  it('reads a CloudHub 2 log as one event per order line, keeping its record’s correlation id, order, warehouse and outcome', async () => {
    const harness = await engineWithCase(folder, 'ch2.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(CH2, 'order-release-api.ndjson')] }));
    const outcome = outcomeFor(summary, 'order-release-api.ndjson');
    expect(outcome).toMatchObject({ presetId: 'mulesoft-cloudhub2-order-lines', rowsSeen: 5, rowsLoaded: 5, rowsRejected: 0 });
    expect(outcome.matchReason).toContain('records nested in lists: each element of $.lines[*] in message (5 records from 3 lines)');
    expect(
      pick(await tableRows(harness, 'events'), ['line_number', 'sku', 'qty', 'location', 'status', 'correlation_id', 'record_ref', 'error_code']),
    ).toEqual([
      [1, 'OAK-TRAY-L', 2, 'Leeds DC', 'pending', 'c-101', 'SO101', null],
      [1, 'LINEN-THROW-GRY', 1, 'Leeds DC', 'pending', 'c-101', 'SO101', null],
      [2, 'OAK-TRAY-L', 2, 'Leeds DC', 'success', 'c-101', 'SO101', null],
      [2, 'LINEN-THROW-GRY', 1, 'Leeds DC', 'success', 'c-101', 'SO101', null],
      [3, 'OAK-TRAY-L', 1, 'Bristol Store', 'error', 'c-102', 'SO102', 'HTTP:SERVICE_UNAVAILABLE'],
    ]);
  });

  it('keeps every line of a messy log: another list name, a message object, and a reason for each line it cannot read', async () => {
    const harness = await engineWithCase(folder, 'ch2-messy.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(NESTED, 'ch2-messy.ndjson')] }));
    const outcome = outcomeFor(summary, 'ch2-messy.ndjson');
    expect(outcome).toMatchObject({ presetId: 'mulesoft-cloudhub2-order-lines', rowsSeen: 7, rowsLoaded: 3, rowsRejected: 4 });
    expect(pick(await tableRows(harness, 'events'), ['line_number', 'sku', 'qty', 'status', 'correlation_id', 'record_ref'])).toEqual([
      [1, 'OAK-TRAY-L', 4, 'pending', 'c-201', 'SO201'],
      [3, 'LINEN-THROW-GRY', 3, 'success', 'c-202', 'SO202'],
      [7, 'LINEN-THROW-GRY', 1, 'success', 'c-205', 'SO205'],
    ]);
    expect(pick(await tableRows(harness, 'rejects'), ['line_number', 'reason'])).toEqual([
      [2, 'records: no list at $.lines[*] in message (or 4 other path(s))'],
      [3, 'qty: "x" is not a number'],
      [4, 'records: the list at $.lines[*] in message is empty'],
      [5, 'not valid JSON'],
    ]);
  });

  it('reads a file by its own lines when the user chooses a preset that reads no nested list', async () => {
    const harness = await engineWithCase(folder, 'ch2-flat.driftcase');
    const path = join(folder, 'order-release-api.ndjson');
    copyFileSync(join(CH2, 'order-release-api.ndjson'), path);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], presetOverrides: { [path]: 'generic-event-log' } }));
    expect(outcomeFor(summary, 'order-release-api.ndjson')).toMatchObject({ presetId: 'generic-event-log', rowsSeen: 3, rowsLoaded: 3 });
    expect(pick(await tableRows(harness, 'events'), ['line_number', 'sku'])).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
  });

  it('applies a mapping file’s records rule: the element’s own keys first, then its record’s; a record with no lines rejected', async () => {
    const harness = await engineWithCase(folder, 'mapping.driftcase');
    const path = join(folder, 'orders.json');
    writeFileSync(
      path,
      JSON.stringify([
        { order: 'SO1', placed: '2026-03-24T08:00:00Z', warehouse: 'Leeds DC', lines: [{ sku: 'A-1', qty: 2 }, { qty: 1, sku: 'B-2' }] },
        { order: 'SO2', placed: '2026-03-24T09:00:00Z', lines: [] },
        { lines: [{ sku: 'C-3', qty: 5, warehouse: 'Bristol Store' }], placed: '2026-03-24T10:00:00Z', order: 'SO3', warehouse: 'Leeds DC' },
      ]),
    );
    const mapping: MappingDocument = {
      id: 'acme-order-lines',
      name: 'Acme order lines',
      system: 'middleware',
      kind: 'events',
      records: { path: '$.lines[*]' },
      fields: { ts: ['placed'], sku: ['sku'], qty: ['qty'], location: ['warehouse'], record_ref: ['order'] },
    };
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], mappings: { [path]: mapping } }));
    expect(outcomeFor(summary, 'orders.json')).toMatchObject({ presetId: 'acme-order-lines', rowsSeen: 4, rowsLoaded: 3, rowsRejected: 1 });
    expect(pick(await tableRows(harness, 'events'), ['line_number', 'record_ref', 'sku', 'qty', 'location'])).toEqual([
      [1, 'SO1', 'A-1', 2, 'Leeds DC'],
      [2, 'SO1', 'B-2', 1, 'Leeds DC'],
      [4, 'SO3', 'C-3', 5, 'Bristol Store'],
    ]);
    expect(pick(await tableRows(harness, 'rejects'), ['line_number', 'reason'])).toEqual([[3, 'records: the list at $.lines[*] is empty']]);
    // The same rule over a file without the column it names is refused before anything loads.
    const other = join(folder, 'other.jsonl');
    writeFileSync(other, '{"placed": "2026-03-24T08:00:00Z", "sku": "A-1"}\n');
    const refused = unwrap(
      await harness.service.handlers.importFiles({
        paths: [other],
        mappings: { [other]: { ...mapping, records: { column: ['message'], path: '$.lines[*]' } } },
      }),
    );
    expect(outcomeFor(refused, 'other.jsonl')).toMatchObject({ status: 'failed' });
    expect(outcomeFor(refused, 'other.jsonl').message).toContain('the file has no column the records rule reads');
  });

  it('checks a records rule in a mapping file, naming the place of each fault', () => {
    const base = { id: 'acme', name: 'Acme', system: 'middleware', kind: 'events', fields: { ts: ['ts'] } };
    expect(problems({ ...base, records: { path: ['$.data.items.edges[*].node', '$.levels[*]'], parent: 'item' } })).toEqual([]);
    expect(problems({ ...base, records: { first: [{ column: ['message'], path: '$.lines[*]' }, { path: '$."odd key"[*]' }] } })).toEqual([]);
    expect(problems({ ...base, records: { path: '$.lines' } })).toEqual([
      'records.path: expected a JSON path of keys with one [*], such as "$.lines[*]" or "$.items.edges[*].node"',
    ]);
    expect(problems({ ...base, records: { path: '$.lines[*]', parent: 'order' } })).toEqual([
      'records.parent: a parent name needs two paths: it names the element of the first',
    ]);
    expect(problems({ ...base, records: { first: [{ path: ['$.a[*]', '$.b[0]'], parent: 'an item', colour: 'red' }] } })).toEqual([
      'records.first[0].colour: unknown key "colour"; expected column, path, parent',
      'records.first[0].path[1]: expected a JSON path of keys with one [*], such as "$.lines[*]" or "$.items.edges[*].node"',
      'records.first[0].parent: expected a name of letters, digits and underscores, such as "item"',
    ]);
    expect(problems({ ...base, records: { parentKey: '__parentId', parent: 'item' } })).toEqual([]);
    expect(problems({ ...base, records: { parentKey: '', path: '$.a[*]' } })).toEqual([
      'records.path: unknown key "path"; expected parentKey, idKey, parent',
      'records.parentKey: expected a key name, such as "__parentId"',
    ]);
    // A value picked from a list of name/value entries is one value, as a field holds.
    const filtered = { column: ['quantities'], json: `$[?(@.name=='available')].quantity` };
    expect(problems({ ...base, fields: { ts: ['ts'], qty: filtered } })).toEqual([]);
  });
});

