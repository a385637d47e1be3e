// Preset detection from column names: each fixture picks its own preset, look-alikes stay apart, misfits are explained.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Preset } from '../../../../../shared/model/mapping';
import { findColumn, normalizeColumnName } from '../../../../../electron/engine/ingest/column-names';
import {
  detectPresets,
  explainNoMatch,
  nearestPresets,
  type DetectInput,
} from '../../../../../electron/engine/ingest/detect-preset';
import { PRESETS } from '../../../../../electron/engine/ingest/presets';
import { FIXTURES } from '../../../../support/temp-folder';

const PRESET_FIXTURES = join(FIXTURES, 'presets');

/** The header as a consultant's file has it: BOM stripped, delimiter sniffed, quotes honoured. */
function delimitedHeader(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const delimiter = [',', ';', '\t', '|'].reduce((best, candidate) =>
    line.split(candidate).length > line.split(best).length ? candidate : best,
  );
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** Top-level keys and, one level down, dotted keys of object values: the detection contract for JSON. */
function jsonKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const line of text.split(/\r?\n/).filter((l) => l.trim() !== '')) {
    for (const [key, value] of Object.entries(JSON.parse(line) as Record<string, unknown>)) {
      keys.add(key);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const inner of Object.keys(value)) keys.add(`${key}.${inner}`);
      }
    }
  }
  return [...keys];
}

function fixtureInput(path: string): DetectInput {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.jsonl')
    ? { format: 'json', columns: jsonKeys(text) }
    : { format: 'delimited', columns: delimitedHeader(text) };
}

function fixtureFiles(folder: string): string[] {
  return readdirSync(join(PRESET_FIXTURES, folder)).map((file) => join(PRESET_FIXTURES, folder, file));
}

const presetFolders = readdirSync(PRESET_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name);

function ids(input: DetectInput): string[] {
  return detectPresets(input).map((match) => match.preset.id);
}

describe('column names', () => {
  it('compares names by letters and digits only', () => {
    for (const name of ['On Hand', 'on_hand', 'ON-HAND', 'OnHand', '\uFEFFOn hand ', ' on.hand']) {
      expect(normalizeColumnName(name)).toBe('onhand');
    }
    expect(normalizeColumnName('Option1 Name')).toBe('option1name');
    expect(normalizeColumnName('Option 1 Name')).toBe('option1name');
    expect(normalizeColumnName('Incoming (not editable)')).toBe('incomingnoteditable');
    expect(normalizeColumnName('Item Name/Number')).toBe('itemnamenumber');
    expect(normalizeColumnName('Cafe\u0301')).toBe(normalizeColumnName('Café'));
  });

  it('finds the first alias present and returns the file’s own spelling', () => {
    const columns = ['Item', 'On Hand', 'Location On Hand', 'Location'];
    expect(findColumn(columns, ['Location On Hand', 'On Hand'])).toBe('Location On Hand');
    expect(findColumn(columns, ['on_hand'])).toBe('On Hand');
    expect(findColumn(columns, ['sku', 'ITEM'])).toBe('Item');
    expect(findColumn(columns, ['sku'])).toBeUndefined();
    expect(findColumn(['event.timestamp', 'event'], ['event.timestamp'])).toBe('event.timestamp');
  });
});

describe('detectPresets', () => {
  it('has a fixture folder for every preset', () => {
    expect([...presetFolders].sort()).toEqual(PRESETS.map((preset) => preset.id).sort());
  });

  // A preset that reads records nested in lists recognises the records staging explodes, not a file's own keys, and
  // one for plain-text logs the parts staging splits their records into: their fixtures are recognised end to end
  // (preset-imports.test.ts, nested-records.test.ts, middleware-formats.test.ts).
  const byColumns = (preset: Preset | undefined) => preset !== undefined && preset.records === undefined && !preset.detect.formats.includes('log');
  for (const folder of presetFolders.filter((id) => byColumns(PRESETS.find((preset) => preset.id === id)))) {
    for (const path of fixtureFiles(folder)) {
      it(`recognises ${folder}/${path.split('/').pop()}`, () => {
        const matches = detectPresets(fixtureInput(path));
        expect(matches[0]?.preset.id, JSON.stringify(matches.map((m) => [m.preset.id, m.score]))).toBe(folder);
        const best = matches[0];
        if (best === undefined) return;
        expect(best.score).toBeGreaterThan(0);
        expect(best.score).toBeLessThanOrEqual(1);
        expect(best.reasons[0]).toContain(best.preset.name);
        for (const [index, match] of matches.entries()) {
          if (index > 0) expect(match.score).toBeLessThanOrEqual(matches[index - 1]?.score ?? 1);
        }
      });
    }
  }

  it('explains a match in the file’s own column names', () => {
    const [best] = detectPresets(fixtureInput(join(PRESET_FIXTURES, 'shopify-inventory-csv', 'all-quantity-types.csv')));
    expect(best?.reasons[0]).toBe(
      'columns Handle, SKU, Location, On hand (current) match Shopify inventory CSV export',
    );
    expect(best?.reasons.join('; ')).toMatch(/reads 20 of 20 columns/);
  });

  it('says which fields a match leaves empty', () => {
    const [best] = detectPresets(fixtureInput(join(PRESET_FIXTURES, 'celigo-errors', 'open-errors.csv')));
    expect(best?.preset.id).toBe('celigo-errors');
    expect(best?.reasons.at(-1)).toBe('left empty: payload');
  });

  it('never takes a generic event log for Celigo, Boomi or MuleSoft', () => {
    for (const path of fixtureFiles('generic-event-log')) {
      const matched = ids(fixtureInput(path));
      expect(matched[0]).toBe('generic-event-log');
      expect(matched.filter((id) => /celigo|boomi|mulesoft/.test(id)), path).toEqual([]);
    }
  });

  it('never puts the generic event log ahead of a vendor format', () => {
    for (const folder of ['celigo-errors', 'boomi-executions', 'mulesoft-cloudhub-log', 'mulesoft-json-logger', 'mulesoft-custom-logger']) {
      for (const path of fixtureFiles(folder)) {
        const matches = detectPresets(fixtureInput(path));
        expect(matches[0]?.preset.id, path).toBe(folder);
        const generic = matches.find((match) => match.preset.id === 'generic-event-log');
        if (generic !== undefined) expect(generic.score).toBeLessThan(matches[0]?.score ?? 0);
      }
    }
  });

  it('prefers the Shopify export over the WMS preset when an older export also fits the WMS names', () => {
    const matched = ids(fixtureInput(join(PRESET_FIXTURES, 'shopify-inventory-csv', 'legacy-option-space.csv')));
    expect(matched).toEqual(['shopify-inventory-csv', 'wms-on-hand']);
  });

  it('reads a Shopify export with one column per location as the wide layout, naming the locations', () => {
    const [best, ...rest] = detectPresets(fixtureInput(join(PRESET_FIXTURES, 'shopify-inventory-wide-csv', 'locations-as-columns.csv')));
    expect(best?.preset.id).toBe('shopify-inventory-wide-csv');
    expect(best?.reasons).toContain('2 location column(s) read as one record per SKU and location: Dallas DC, Reno 3PL');
    expect(best?.reasons.join('; ')).toMatch(/reads 13 of 13 columns/);
    expect(rest.map((match) => match.preset.id)).not.toContain('shopify-inventory-csv');
  });

  it('never reads the long layout, a product export or a file without location columns as the wide layout', () => {
    for (const path of fixtureFiles('shopify-inventory-csv')) expect(ids(fixtureInput(path)), path).not.toContain('shopify-inventory-wide-csv');
    const product = ['Handle', 'Title', 'Body (HTML)', 'Vendor', 'Variant SKU', 'Variant Inventory Qty', 'Variant Price'];
    expect(ids({ format: 'delimited', columns: product })).not.toContain('shopify-inventory-wide-csv');
    expect(ids({ format: 'delimited', columns: ['Handle', 'Title', 'SKU', 'Barcode'] })).toEqual([]);
    expect(explainNoMatch({ format: 'delimited', columns: ['Handle', 'Title', 'SKU', 'Barcode'] })).toMatch(
      /one column per location \(id shopify-inventory-wide-csv\) lacks "a column per location"/,
    );
  });

  it('reads nested JSON keys through the dotted names, and only for JSON', () => {
    const columns = ['recordId', 'deploymentId', 'event', 'event.timestamp', 'event.message', 'event.priority'];
    expect(ids({ format: 'json', columns })[0]).toBe('mulesoft-cloudhub-log');
    expect(ids({ format: 'delimited', columns })).not.toContain('mulesoft-cloudhub-log');
    expect(ids({ format: 'json', columns: ['recordId', 'event'] })).toEqual([]);
  });

  it('matches nothing in files that are not inventory evidence', () => {
    for (const file of ['customers.csv', 'orders.csv', 'acme-relay.jsonl']) {
      expect(ids(fixtureInput(join(PRESET_FIXTURES, '_unmatched', file))), file).toEqual([]);
    }
  });

  it('breaks score ties by optional columns found, then by the number of required groups', () => {
    const preset = (id: string, required: string[][], optional: string[][], fields: Preset['fields'] = {}): Preset => ({
      id,
      name: id,
      description: id,
      system: 'wms',
      kind: 'snapshots',
      fields,
      detect: { required, optional, formats: ['delimited'] },
    });
    const ranked = (columns: string[], presets: Preset[]) =>
      detectPresets({ format: 'delimited', columns }, presets).map((m) => [m.preset.id, m.score]);
    expect(
      ranked(
        ['a', 'b', 'c', 'd'],
        [
          preset('two-optional', [['a'], ['b']], [['c'], ['d'], ['x']]),
          preset('three-optional', [['a']], [['b'], ['c'], ['d'], ['x']]),
          preset('weaker', [['a']], [['b'], ['c'], ['d'], ['x'], ['y'], ['z'], ['v'], ['w'], ['e']]),
        ],
      ),
    ).toEqual([
      ['three-optional', 0.9],
      ['two-optional', 0.9],
      ['weaker', 0.7],
    ]);
    expect(
      ranked(
        ['a', 'b', 'c'],
        [preset('one-required', [['a']], [['c']], { sku: ['b'] }), preset('two-required', [['a'], ['b']], [['c']])],
      ),
    ).toEqual([
      ['two-required', 1],
      ['one-required', 1],
    ]);
  });
});

describe('explainNoMatch', () => {
  it('names the nearest presets and the required columns they lack', () => {
    const input = { format: 'delimited' as const, columns: ['Item', 'Location', 'Qty On Order'] };
    expect(detectPresets(input)).toEqual([]);
    const message = explainNoMatch(input);
    expect(message).toMatch(/^No built-in format matches\. Nearest: NetSuite inventory saved search \(CSV\)/);
    expect(message).toContain('lacks one of "Location On Hand", "On Hand", "Quantity On Hand", "Qty On Hand" and 10 more');
    expect(message).toContain('it found Item, Location');
    expect(message).toContain('Its columns: Item, Location, Qty On Order.');
    expect(message).toContain('docs/mappings.md');
  });

  it('explains an order list that only looks like an event log', () => {
    const message = explainNoMatch(fixtureInput(join(PRESET_FIXTURES, '_unmatched', 'orders.csv')));
    expect(message).toContain('Generic middleware event log (id generic-event-log) lacks one of "event_type"');
    expect(message).toContain('it found created_at, status');
  });

  it('says so when no preset shares a required column', () => {
    const columns = delimitedHeader(readFileSync(join(PRESET_FIXTURES, '_unmatched', 'customers.csv'), 'utf8'));
    expect(nearestPresets(columns)).toEqual([]);
    expect(explainNoMatch(columns)).toBe(
      'No built-in format shares a required column with this file. ' +
        'Its columns: customer_id, first_name, last_name, email, city, signup_date. ' +
        'Describe the file with a mapping file (see docs/mappings.md).',
    );
  });

  it('considers every format when given bare column names', () => {
    const near = nearestPresets(['recordId', 'event.timestamp']);
    expect(near[0]?.preset.id).toBe('mulesoft-cloudhub-log');
    expect(near[0]?.missing).toEqual([['event.message']]);
  });
});

describe('fixtures', () => {
  it('keep Shopify ids above 2^53 as written, which JSON.parse would round', () => {
    const text = readFileSync(join(PRESET_FIXTURES, 'shopify-inventory-levels-json', 'inventory-levels-update.jsonl'), 'utf8');
    const ids = [...text.matchAll(/"inventory_item_id":(\d+)/g)].map((match) => match[1] ?? '');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
      expect(String(JSON.parse(id))).not.toBe(id);
    }
  });
});
