// The preset data itself: well-formed, consistent between detection and field rules, and faithful to the real exports.
import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS, ruleColumns, type FieldRule, type Preset } from '../../../../../shared/model/mapping';
import { findColumn } from '../../../../../electron/engine/ingest/column-names';
import { detectPresets } from '../../../../../electron/engine/ingest/detect-preset';
import { PRESETS } from '../../../../../electron/engine/ingest/presets';
import { VALUE_FIELDS_BY_KIND } from '../../../../../electron/engine/ingest/vocabulary';

function preset(id: string): Preset {
  const found = PRESETS.find((candidate) => candidate.id === id);
  if (found === undefined) expect.fail(`no preset ${id}`);
  return found;
}

function columnsOf(rule: FieldRule | undefined): string[] {
  return ruleColumns(rule);
}

/** The smallest file a preset should still recognise: one name from each required group (and a location column). */
function smallestFile(p: Preset, pick: (group: string[]) => string | undefined): string[] {
  return [...p.detect.required.map((group) => pick(group) ?? ''), ...(p.unpivot === undefined ? [] : ['Warehouse A'])];
}

describe('PRESETS', () => {
  it('have unique kebab-case ids and say what they read', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(p.name.length, p.id).toBeGreaterThan(0);
      expect(p.description.length, p.id).toBeGreaterThan(20);
      expect(p.detect.formats.length, p.id).toBeGreaterThan(0);
      expect(p.detect.required.length, p.id).toBeGreaterThan(0);
      for (const group of [...p.detect.required, ...(p.detect.optional ?? [])]) expect(group.length, p.id).toBeGreaterThan(0);
    }
  });

  it('fill only the canonical fields of their kind, and value maps only their kind uses', () => {
    for (const p of PRESETS) {
      const allowed: readonly string[] = CANONICAL_FIELDS[p.kind];
      expect(Object.keys(p.fields).filter((field) => !allowed.includes(field)), p.id).toEqual([]);
      const used: readonly string[] = VALUE_FIELDS_BY_KIND[p.kind];
      expect(Object.keys(p.values ?? {}).filter((field) => !used.includes(field)), p.id).toEqual([]);
      if (p.kind !== 'ledger') expect(p.negativeTxnTypes, p.id).toBeUndefined();
    }
  });

  it('recognise a file holding only their required columns, and then find the fields the pipeline needs', () => {
    const needed = { events: ['ts'], snapshots: ['sku'], ledger: ['ts', 'sku', 'qty_delta'] } as const;
    for (const p of PRESETS) {
      for (const pick of [(group: string[]) => group[0], (group: string[]) => group.at(-1)]) {
        const columns = smallestFile(p, pick);
        for (const format of p.detect.formats) {
          const matched = detectPresets({ format, columns }).map((match) => match.preset.id);
          expect(matched, `${p.id} ${format} ${columns.join(',')}`).toContain(p.id);
        }
        for (const field of needed[p.kind]) {
          const rule = p.fields[field];
          const found = rule !== undefined && !Array.isArray(rule) && 'constant' in rule ? rule.constant : findColumn(columns, columnsOf(rule));
          expect(found, `${p.id}: ${field} from ${columns.join(',')}`).toBeDefined();
        }
        if (p.kind === 'snapshots') {
          const figures: readonly string[] = ['on_hand', 'available', 'committed'];
          const found = figures.some((field) => findColumn(columns, columnsOf(p.fields[field as 'on_hand'])) !== undefined);
          expect(found || figures.includes(p.unpivot?.value ?? ''), p.id).toBe(true);
        }
      }
    }
  });

  it('read Shopify’s "Not stocked" as no figure and keep the newest quantity columns first', () => {
    const shopify = preset('shopify-inventory-csv');
    expect(shopify.nullValues).toEqual(['Not stocked', 'not stocked']);
    expect(shopify.fields.on_hand).toEqual(['On hand (current)', 'On hand']);
    expect(findColumn(['On hand (current)', 'On hand (new)'], columnsOf(shopify.fields.on_hand))).toBe('On hand (current)');
    expect(findColumn(['Incoming (not editable)'], columnsOf(shopify.fields.incoming))).toBe('Incoming (not editable)');
  });

  it('use Shopify’s inventory_item_id as the SKU and updated_at as both times', () => {
    const levels = preset('shopify-inventory-levels-json');
    expect(findColumn(['inventory_item_id', 'location_id'], columnsOf(levels.fields.sku))).toBe('inventory_item_id');
    expect(levels.fields.last_modified).toEqual(['updated_at', 'body.updated_at', 'payload.updated_at']);
    // A sink's arrival stamp only where the body carries no time of its own.
    expect(levels.fields.captured_at).toEqual(['updated_at', 'body.updated_at', 'payload.updated_at', 'received_at']);
  });

  it('prefer NetSuite’s location-level figures, the creation time, and the type code', () => {
    const inventory = preset('netsuite-inventory-csv');
    expect(findColumn(['On Hand', 'Location On Hand'], columnsOf(inventory.fields.on_hand))).toBe('Location On Hand');
    const transactions = preset('netsuite-transactions-csv');
    expect(findColumn(['Date', 'Date Created'], columnsOf(transactions.fields.ts))).toBe('Date Created');
    expect(findColumn(['Type', 'Type Code'], columnsOf(transactions.fields.txn_type))).toBe('Type Code');
    expect(columnsOf(transactions.fields.sku)).not.toContain('Name');
    expect(transactions.negativeTxnTypes).toEqual(['fulfillment']);
  });

  it('read the Celigo SKU from the exported record, else from its message, and mark every Celigo row an error', () => {
    const celigo = preset('celigo-errors');
    expect(celigo.fields.sku).toMatchObject({
      first: [{ column: ['exportData', 'payload', 'record', 'data'], json: '$.sku' }, { column: ['message', 'errorMessage'] }],
    });
    expect(celigo.fields.status).toEqual({ constant: 'error' });
  });

  it('take Boomi’s trigger from executionType and tie retries through originalExecutionId', () => {
    const boomi = preset('boomi-executions');
    expect(boomi.fields.trigger).toEqual(['executionType']);
    expect(boomi.fields.correlation_id).toEqual(['originalExecutionId']);
  });

  it('let the generic event log find a SKU nested one level down in a JSON payload', () => {
    const generic = preset('generic-event-log');
    expect(findColumn(['id', 'payload', 'payload.sku'], columnsOf(generic.fields.sku))).toBe('payload.sku');
    expect(findColumn(['sku', 'payload.sku'], columnsOf(generic.fields.sku))).toBe('sku');
  });
});
