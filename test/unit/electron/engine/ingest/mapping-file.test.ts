// User mapping files: the documented example loads, extensions merge, and every fault is named by file and JSON path.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findColumn } from '../../../../../electron/engine/ingest/column-names';
import { loadMappingFile, MappingFileError, parseMapping } from '../../../../../electron/engine/ingest/mapping-file';
import { PRESETS } from '../../../../../electron/engine/ingest/presets';
import { ruleColumns } from '../../../../../shared/model/mapping';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', '..', '..', 'docs', 'mapping-example.json');

const minimal = { id: 'my-log', name: 'My log', system: 'middleware', kind: 'events', fields: { ts: ['time'] } };

function problems(json: unknown): string[] {
  try {
    parseMapping(json, 'test.json');
  } catch (error) {
    if (error instanceof MappingFileError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadMappingFile', () => {
  const folder = tempFolder();

  it('loads the documented example, whose rules all find a column in the relay log it describes', async () => {
    const mapping = await loadMappingFile(EXAMPLE);
    expect(mapping.id).toBe('acme-relay-log');
    expect(mapping.kind).toBe('events');
    expect(mapping.timeZone).toBe('America/Chicago');
    expect(mapping).not.toHaveProperty('description');
    const lines = readFileSync(join(FIXTURES, 'presets', '_unmatched', 'acme-relay.jsonl'), 'utf8').trim().split('\n');
    const keys = Object.keys(JSON.parse(lines[0] ?? '{}') as object);
    for (const [field, rule] of Object.entries(mapping.fields)) {
      if (!Array.isArray(rule) && 'constant' in rule) continue;
      expect(findColumn(keys, ruleColumns(rule)), field).toBeDefined();
    }
  });

  it('names the file when it is missing or not JSON, with the line and column of a syntax error', async () => {
    const missing = join(folder, 'missing.json');
    await expect(loadMappingFile(missing)).rejects.toThrow(`Mapping file ${missing}: no such file`);
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{\n  "id": "x",\n  "name": "X"\n  "kind": "events"\n}\n');
    await expect(loadMappingFile(broken)).rejects.toThrow(new RegExp(`^Mapping file ${broken}: not valid JSON: .*\\(line 4, column 3\\)`));
  });

  it('reads a file with a byte-order mark', async () => {
    const path = join(folder, 'bom.json');
    writeFileSync(path, `\uFEFF${JSON.stringify(minimal)}`);
    await expect(loadMappingFile(path)).resolves.toEqual(minimal);
  });

  it('reports every problem at once, each with its JSON path, as a bad request', async () => {
    const path = join(folder, 'faulty.json');
    writeFileSync(
      path,
      JSON.stringify({
        id: 'Acme Log',
        name: 'Acme',
        system: 'ipaas',
        kind: 'events',
        fields: { ts: ['time'], qty_on_hand: ['qty'] },
        colour: 'blue',
      }),
    );
    const error = await loadMappingFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MappingFileError);
    expect((error as MappingFileError).code).toBe('bad_request');
    expect((error as MappingFileError).problems).toEqual([
      'id: use lower-case letters, digits and hyphens, e.g. "acme-relay-log"',
      'system: expected one of erp, wms, storefront, middleware',
      '(top level): unknown key "colour"; expected extends, id, name, description, system, kind, fields, values, ' +
        'nullValues, negativeTxnTypes, withinLocationTxnTypes, timeZone, dateOrder, decimalMark, unpivot, records',
      'fields.qty_on_hand: "qty_on_hand" is not a canonical field of events; use one of event_id, ts, path, ' +
        'source_system, target_system, flow, event_type, sku, location, qty, status, error_code, error_message, ' +
        'correlation_id, idempotency_key, record_ref, trigger, payload',
    ]);
    expect((error as Error).message).toMatch(new RegExp(`^Mapping file ${path}: id: use lower-case`));
  });
});

describe('parseMapping', () => {
  it('accepts a minimal mapping and returns it unchanged', () => {
    expect(parseMapping(minimal, 'test.json')).toEqual(minimal);
  });

  it('says what is missing at the top level', () => {
    expect(problems({ system: 'wms', kind: 'ledger', fields: { ts: ['t'], sku: ['s'], qty_delta: ['q'] }, name: 7 })).toEqual([
      'id: required',
      'name: expected text',
    ]);
    expect(problems([])).toEqual(['(top level): expected object, received array']);
  });

  it('refuses canonical fields of another kind', () => {
    expect(problems({ ...minimal, kind: 'snapshots', fields: { sku: ['sku'], on_hand: ['qty'], ts: ['time'] } })).toEqual([
      'fields.ts: "ts" is not a canonical field of snapshots; use one of sku, location, on_hand, available, committed, ' +
        'incoming, unavailable, allocated, reserve, last_modified, captured_at',
    ]);
  });

  it('requires the fields without which every row would be refused', () => {
    expect(problems({ ...minimal, fields: {} })).toEqual(['fields: this events mapping needs a rule for ts']);
    expect(problems({ ...minimal, kind: 'snapshots', fields: { location: ['loc'] } })).toEqual([
      'fields: this snapshots mapping needs a rule for sku, on_hand or available or committed',
    ]);
    expect(problems({ ...minimal, kind: 'ledger', fields: { ts: ['t'], sku: ['s'] } })).toEqual([
      'fields: this ledger mapping needs a rule for qty_delta',
    ]);
  });

  it('checks the shape of each field rule', () => {
    expect(
      problems({
        ...minimal,
        fields: {
          ts: [],
          sku: { column: ['body'], json: 'lines[0].sku' },
          qty: { column: 'body', json: '$.qty' },
          location: { constant: 7 },
          flow: 'flow',
          record_ref: { column: ['a'] },
          payload: ['body', ''],
        },
      }),
    ).toEqual([
      'fields.ts: list at least one column name',
      'fields.sku.json: expected a JSON path to one value, such as "$.sku" or "$.lines[0].sku"',
      'fields.qty.column: list at least one column name',
      'fields.location.constant: a constant must be text',
      'fields.flow: expected a list of column names, {"column": [...], "json": "$.path"}, {"column": [...], "pattern": "regex"}, {"column": [...], "sign": [...]}, {"column": [...], "when": [...], "is": [...]}, {"date": [...], "time": [...]}, {"constant": "value"} or {"first": [...rules]}',
      'fields.record_ref: expected a list of column names, {"column": [...], "json": "$.path"}, {"column": [...], "pattern": "regex"}, {"column": [...], "sign": [...]}, {"column": [...], "when": [...], "is": [...]}, {"date": [...], "time": [...]}, {"constant": "value"} or {"first": [...rules]}; got keys column',
      'fields.payload[1]: a column name must be non-empty text',
    ]);
    expect(
      problems({
        ...minimal,
        fields: { ts: ['t'], sku: { column: ['b'], json: '$."line items"[0].sku' }, qty: { column: ['b'], json: '$.lines[*].qty' } },
      }),
    ).toEqual(['fields.qty.json: expected a JSON path to one value, such as "$.sku" or "$.lines[0].sku"']);
    expect(
      problems({
        ...minimal,
        fields: {
          ts: { date: ['Day'], time: [] },
          sku: { first: [['s'], { date: ['Day'], time: ['Clock'] }] },
          event_id: { date: 'Day', time: ['Clock'] },
        },
      }),
    ).toEqual([
      'fields.ts.time: list at least one column name',
      'fields.event_id.date: list at least one column name',
      'fields.sku: a date and a time column make a time; sku is no time field (ts, last_modified, captured_at are)',
      'fields.event_id: a date and a time column make a time; event_id is no time field (ts, last_modified, captured_at are)',
    ]);
    expect(problems({ ...minimal, fields: { ts: { first: [{ date: ['Day'], time: ['Clock'] }, ['Timestamp']] } } })).toEqual([]);
    expect(problems({ ...minimal, fields: { ts: ['t'], qty: { column: ['Qty'], sign: [], negative: 'H' } } })).toEqual([
      'fields.qty.sign: list at least one column name',
      'fields.qty.negative: list the sign marks that mean negative as text, such as ["-", "H"]',
    ]);
    expect(problems({ ...minimal, fields: { ts: ['t'], qty: { column: ['Qty'], sign: ['D/C'], negative: ['H'] } } })).toEqual([]);
    expect(problems({ ...minimal, fields: { ts: ['t'], qty: { column: ['delta'], when: [''], is: [] } } })).toEqual([
      'fields.qty.when[0]: a column name must be non-empty text',
      'fields.qty.is: list the values of the "when" column on whose rows the number counts, such as ["on_hand"]',
    ]);
    expect(problems({ ...minimal, fields: { ts: ['t'], qty: { column: ['delta'], when: ['name'], is: ['on_hand'] } } })).toEqual([]);
  });

  it('refuses normalised values outside the vocabulary and value maps the kind does not use', () => {
    expect(
      problems({
        ...minimal,
        values: {
          status: { ACKED: 'fine', ' Parked ': 'error', parked: 'pending', '': 'error' },
          path: { 'po-inbound': 'erp-wms' },
          txn_type: { receipt: 'receipt' },
          colour: {},
        },
      }),
    ).toEqual([
      'values: unknown key "colour"; expected event_type, status, txn_type, trigger, path',
      'values.status.ACKED: "fine" is not a normalised status; use one of success, error, rejected, retried, duplicate, pending, unknown',
      'values.status.parked: "parked" is listed twice with different values (case and spaces are ignored)',
      'values.status[""]: an empty raw value never matches; list such cells in nullValues',
      'values.txn_type: only ledger mappings use txn_type; this one reads events',
      'values.path["po-inbound"]: "erp-wms" is not a normalised path; use one of erp->wms, erp->storefront, wms->erp, ' +
        'wms->storefront, storefront->erp, storefront->wms',
    ]);
  });

  it('checks kind, system, negative types and the time zone', () => {
    expect(problems({ ...minimal, kind: 'rows', system: undefined })).toEqual([
      'kind: expected one of events, snapshots, ledger',
      'system: expected one of erp, wms, storefront, middleware',
    ]);
    expect(problems({ ...minimal, negativeTxnTypes: ['ship'], timeZone: 'Central Time' })).toEqual([
      'negativeTxnTypes: only ledger mappings store types negative; this one reads events',
      'timeZone: "Central Time" is not an IANA zone ("America/Chicago"), a Windows zone ("Central Standard Time") or an offset ("UTC-05:00")',
    ]);
    expect(
      problems({ ...minimal, kind: 'ledger', fields: { ts: ['t'], sku: ['s'], qty_delta: ['q'] }, negativeTxnTypes: ['shipped'] }),
    ).toEqual(['negativeTxnTypes[0]: expected one of ' + 'receipt, order, release, pick, pack, ship, fulfillment, return, adjustment, cycle_count, damage, transfer, other']);
    expect(problems({ ...minimal, withinLocationTxnTypes: ['pick'] })).toEqual([
      'withinLocationTxnTypes: only ledger mappings have transaction types; this one reads events',
    ]);
    expect(problems({ ...minimal, kind: 'ledger', fields: { ts: ['t'], sku: ['s'], qty_delta: ['q'] }, withinLocationTxnTypes: ['pick', 'transfer'] })).toEqual([]);
    for (const timeZone of ['America/Chicago', 'UTC', 'Central Standard Time', 'w. europe standard time', 'Mountain Standard Time (Mexico)', 'UTC-08', 'UTC-05:00']) {
      expect(problems({ ...minimal, timeZone }), timeZone).toEqual([]);
    }
    expect(problems({ ...minimal, timeZone: 'EST' })).toHaveLength(1);
  });

  it('extends a preset: fields and value maps merge, null drops a rule, the kind stays', () => {
    const mapping = parseMapping(
      {
        extends: 'celigo-errors',
        id: 'acme-celigo-errors',
        name: 'Acme Celigo errors',
        fields: { sku: { column: ['exportData'], json: '$.lines[0].item.sku' }, record_ref: null, path: { constant: 'erp->wms' } },
        values: { path: { 'erp->wms': 'erp->wms' } },
        timeZone: 'UTC',
      },
      'test.json',
    );
    const celigo = PRESETS.find((preset) => preset.id === 'celigo-errors');
    expect(mapping).toEqual({
      id: 'acme-celigo-errors',
      name: 'Acme Celigo errors',
      system: 'middleware',
      kind: 'events',
      fields: {
        ...celigo?.fields,
        sku: { column: ['exportData'], json: '$.lines[0].item.sku' },
        record_ref: undefined,
        path: { constant: 'erp->wms' },
      },
      values: { path: { 'erp->wms': 'erp->wms' } },
      timeZone: 'UTC',
    });
    expect(mapping.fields).not.toHaveProperty('record_ref');
    expect(mapping).not.toHaveProperty('detect');
  });

  it('keeps an extension honest about its preset', () => {
    expect(problems({ extends: 'celigo', id: 'x', name: 'X' })).toEqual([
      `extends: no built-in preset "celigo"; known: ${PRESETS.map((preset) => preset.id).join(', ')}`,
    ]);
    expect(problems({ extends: 'celigo-errors', id: 'celigo-errors', name: 'X', kind: 'ledger' })).toEqual([
      'id: "celigo-errors" is a built-in preset id; give this mapping its own id',
      'kind: preset celigo-errors reads events; an extension cannot change the kind',
    ]);
    expect(problems({ extends: 'netsuite-transactions-csv', id: 'ns', name: 'NS', fields: { ts: null } })).toEqual([
      'fields: this ledger mapping needs a rule for ts',
    ]);
  });

  it('accepts every built-in preset as a mapping file', () => {
    for (const { detect: _detect, description: _description, ...mapping } of PRESETS) {
      const copy = { ...mapping, id: `${mapping.id}-copy` };
      expect(problems(copy), mapping.id).toEqual([]);
      expect(parseMapping(copy, mapping.id)).toEqual(copy);
    }
  });
});
