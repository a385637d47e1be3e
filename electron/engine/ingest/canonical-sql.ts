// Translates a Mapping over a staged file into SQL that types, normalises and checks every record in one pass.
import type { CanonicalField, FieldRule, Mapping, RecordKind } from '../../../shared/model/mapping';
import type { QueryParams } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import { findColumn } from './column-names';
import { FALLBACK_VALUES, type ValueField } from './vocabulary';
import type { StagedFile } from './stage-file';

type FieldType = 'time' | 'number' | 'normalised' | 'text';
type NormalisedField = ValueField;

interface FieldSpec {
  type: FieldType;
  /** Records without this field are rejected. */
  required?: boolean;
}

/** The typed shape of each canonical field, per kind of record. */
const FIELD_SPECS: { [K in RecordKind]: Partial<Record<CanonicalField<K>, FieldSpec>> } = {
  events: {
    ts: { type: 'time', required: true },
    qty: { type: 'number' },
    event_type: { type: 'normalised' },
    status: { type: 'normalised' },
    trigger: { type: 'normalised' },
    path: { type: 'normalised' },
  },
  snapshots: {
    sku: { type: 'text', required: true },
    on_hand: { type: 'number' },
    available: { type: 'number' },
    committed: { type: 'number' },
    incoming: { type: 'number' },
    unavailable: { type: 'number' },
    allocated: { type: 'number' },
    reserve: { type: 'number' },
    last_modified: { type: 'time' },
    captured_at: { type: 'time' },
  },
  ledger: {
    ts: { type: 'time', required: true },
    sku: { type: 'text', required: true },
    qty_delta: { type: 'number', required: true },
    txn_type: { type: 'normalised' },
  },
};

/** Columns of each canonical table that come from the mapping, in table order (after source_id, line_number). */
const TARGET_COLUMNS: Record<RecordKind, string[]> = {
  events: [
    'event_id', 'ts', 'ts_raw', 'path', 'path_raw', 'flow', 'event_type', 'event_type_raw', 'sku', 'location', 'qty',
    'status', 'status_raw', 'error_code', 'error_message', 'correlation_id', 'idempotency_key', 'record_ref',
    'trigger', 'trigger_raw', 'payload',
  ],
  snapshots: [
    'system', 'sku', 'location', 'on_hand', 'available', 'committed', 'incoming', 'unavailable', 'allocated', 'reserve',
    'last_modified', 'captured_at',
  ],
  ledger: ['system', 'txn_id', 'ts', 'ts_raw', 'txn_type', 'txn_type_raw', 'sku', 'location', 'qty_delta', 'reference', 'status'],
};

type KeyExpression = (column: (name: string) => string) => string;

/**
 * Join keys computed once, as rows land, so that analysis joins on them without recomputing them over millions of
 * rows each time: the business reference (ds_ref_key) and the location (ds_location_key), see key-macros.sql.
 */
const KEY_COLUMNS: Record<RecordKind, Record<string, KeyExpression>> = {
  events: {
    ref_key: (column) => `ds_ref_key(coalesce(${column('record_ref')}, ${column('idempotency_key')}))`,
    loc_key: (column) => `ds_location_key(${column('location')})`,
  },
  snapshots: {},
  ledger: {
    ref_key: (column) => `ds_ref_key(coalesce(${column('reference')}, ${column('txn_id')}))`,
    loc_key: (column) => `ds_location_key(${column('location')})`,
  },
};

/** The staging table with each record's number in the file (1 = first record), in file order. */
const STAGE_WITH_RECORD = '(SELECT rowid - (SELECT min(rowid) FROM temp.stage) + 1 AS record, * FROM temp.stage)';

export interface CanonicalPlan {
  /** Creates temp.conv: every record with its line, raw text, typed values and the reason it is refused (or NULL). */
  convertSql: string;
  /** Inserts the accepted records of temp.conv into the canonical table ($source_id to be bound). */
  insertSql: string;
  /** Inserts the refused records of temp.conv into rejects. */
  rejectSql: string;
  params: QueryParams;
  /** Canonical field -> the column (or JSON key) it was read from. */
  resolved: Partial<Record<CanonicalField, string>>;
  /** Normalised fields used, whose value maps must be loaded into temp.value_map. */
  normalisedFields: NormalisedField[];
}

export class MappingMismatchError extends Error {}

export interface PlanOptions {
  /** IANA zone for times written without an offset. */
  zone: string;
  maxRawLineChars: number;
}

export function planCanonicalLoad(mapping: Mapping, staged: StagedFile, options: PlanOptions): CanonicalPlan {
  const params: QueryParams = { zone: options.zone, max_line_chars: options.maxRawLineChars };
  const bind = (value: string): string => {
    const name = `p${Object.keys(params).length}`;
    params[name] = value;
    return `$${name}`;
  };
  const specs = FIELD_SPECS[mapping.kind] as Partial<Record<CanonicalField, FieldSpec>>;
  const resolved: Partial<Record<CanonicalField, string>> = {};
  const rawSql = new Map<CanonicalField, string>();
  const jsonPaths: string[] = [];
  for (const [field, rule] of Object.entries(mapping.fields) as [CanonicalField, FieldRule][]) {
    const source = rawExpression(rule, staged, bind, jsonPaths);
    if (source === null) continue;
    rawSql.set(field, nullValues(source.sql, mapping.nullValues ?? [], bind));
    resolved[field] = source.from;
  }
  const sourceSystem = rawSql.get('source_system');
  const targetSystem = rawSql.get('target_system');
  if (mapping.kind === 'events' && !rawSql.has('path') && sourceSystem !== undefined && targetSystem !== undefined) {
    rawSql.set('path', `lower(${sourceSystem}) || '->' || lower(${targetSystem})`);
    resolved.path = `${resolved.source_system} -> ${resolved.target_system}`;
  }
  requireFields(mapping, specs, rawSql, staged);

  const raw = (field: CanonicalField): string => (rawSql.has(field) ? `r.${quoteIdentifier(`raw_${field}`)}` : 'NULL');
  const typed: string[] = [];
  const reasons: string[] = [];
  const normalisedFields: NormalisedField[] = [];
  const joins: string[] = [];
  for (const [field, spec] of Object.entries(specs) as [CanonicalField, FieldSpec][]) {
    const value = raw(field);
    const mapped = rawSql.has(field);
    const name = quoteIdentifier(`typed_${field}`);
    // Reasons read the typed column of the inner query, so each value is parsed once.
    const rawOut = `t.${quoteIdentifier(`raw_${field}`)}`;
    const typedOut = `t.${name}`;
    if (spec.type === 'time') {
      typed.push(`ds_instant(${value}, $zone) AS ${name}`);
      if (mapped) {
        reasons.push(
          `CASE WHEN ${rawOut} IS NOT NULL AND ${typedOut} IS NULL ` +
            `THEN '${field}: cannot read "' || left(${rawOut}, 60) || '" as a time' END`,
        );
      }
    } else if (spec.type === 'number') {
      typed.push(`ds_number(${value}) AS ${name}`);
      if (mapped) {
        reasons.push(
          `CASE WHEN ${rawOut} IS NOT NULL AND ${typedOut} IS NULL ` +
            `THEN '${field}: "' || left(${rawOut}, 60) || '" is not a number' END`,
        );
      }
    } else if (spec.type === 'normalised' && !mapped) {
      const fallback = FALLBACK_VALUES[field as NormalisedField];
      typed.push(`${fallback === null ? 'NULL' : `'${fallback}'`} AS ${name}`);
    } else if (spec.type === 'normalised') {
      const normalised = field as NormalisedField;
      normalisedFields.push(normalised);
      const alias = quoteIdentifier(`vm_${field}`);
      joins.push(`LEFT JOIN temp.value_map ${alias} ON ${alias}.field = '${field}' AND ${alias}.raw = lower(trim(${value}))`);
      const fallback = FALLBACK_VALUES[normalised];
      const unknown = fallback === null ? `lower(trim(${value}))` : `'${fallback}'`;
      const missing = fallback === null ? 'NULL' : `'${fallback}'`;
      typed.push(`coalesce(${alias}.value, CASE WHEN ${value} IS NULL THEN ${missing} ELSE ${unknown} END) AS ${name}`);
    } else {
      typed.push(`${value} AS ${name}`);
    }
    if (spec.required === true && mapped) reasons.push(`CASE WHEN ${rawOut} IS NULL THEN '${field}: missing' END`);
  }

  const json = staged.layout === 'json';
  const rawColumns = [...rawSql.entries()].map(([field, sql]) => `${sql} AS ${quoteIdentifier(`raw_${field}`)}`);
  params.json_paths = jsonPaths;
  const source = json
    ? `(SELECT *, CASE WHEN json_ok THEN json_extract_string(line, $json_paths) END AS j
        FROM (SELECT *, json_valid(line) AS json_ok FROM ${STAGE_WITH_RECORD}))`
    : STAGE_WITH_RECORD;
  const rawLine = json
    ? 's.line'
    : `concat_ws(',', ${staged.columns.map((column) => `coalesce(s.${quoteIdentifier(column)}, '')`).join(', ')})`;
  const inner = [
    's.record',
    `s.record + ${staged.headerLines}${staged.readerRejects > 0 ? ' + coalesce(o.rejected_before, 0)' : ''} AS line_number`,
    ...(json ? ['s.json_ok'] : []),
    ...rawColumns,
  ];
  // Ledgers that write quantities unsigned: the declared outbound types are stored negative.
  const negatives = mapping.negativeTxnTypes ?? [];
  const signed =
    negatives.length > 0 && specs.qty_delta !== undefined
      ? ` REPLACE (CASE WHEN t.typed_txn_type IN (${negatives.map(bind).join(', ')}) THEN -abs(t.typed_qty_delta) ELSE t.typed_qty_delta END AS typed_qty_delta)`
      : '';
  const convertSql = `
CREATE OR REPLACE TEMP TABLE conv AS
SELECT
    t.*${signed},
    ${json ? "CASE WHEN NOT t.json_ok THEN 'not valid JSON' ELSE " : ''}nullif(concat_ws('; ', ${reasons.length > 0 ? reasons.join(',\n        ') : 'NULL'}), '')${json ? ' END' : ''} AS reason
FROM (
SELECT
    r.*${typed.length > 0 ? ',' : ''}
    ${typed.join(',\n    ')}
FROM (
    SELECT
        ${inner.join(',\n        ')}
    FROM ${source} s
    ${staged.readerRejects > 0 ? 'ASOF LEFT JOIN temp.reject_offsets o ON s.record >= o.from_record' : ''}
    ${json ? "WHERE s.line IS NOT NULL AND trim(s.line) <> ''" : ''}
) r
${joins.join('\n')}
) t
-- Joins (the value maps, the line-number ASOF join) do not keep file order; the canonical table must.
ORDER BY line_number`;

  const targets = TARGET_COLUMNS[mapping.kind];
  const keys = Object.entries(KEY_COLUMNS[mapping.kind]);
  const insertSql = `
INSERT INTO ${quoteIdentifier(mapping.kind)} (source_id, line_number, ${[...targets, ...keys.map(([column]) => column)].map(quoteIdentifier).join(', ')})
SELECT $source_id, line_number, ${[...targets.map(targetExpression), ...keys.map(([, key]) => key(targetExpression))].join(', ')}
FROM temp.conv
WHERE reason IS NULL`;
  // The raw line is rebuilt for refused records only: building it for every record would cost a full pass.
  const rejectSql = `
INSERT INTO rejects (source_id, line_number, raw_line, reason)
SELECT $source_id, c.line_number, left(${rawLine}, $max_line_chars), c.reason
FROM (SELECT record, line_number, reason FROM temp.conv WHERE reason IS NOT NULL) c
JOIN ${STAGE_WITH_RECORD} s ON s.record = c.record
ORDER BY c.line_number`;
  return { convertSql, insertSql, rejectSql, params, resolved, normalisedFields };

  function targetExpression(column: string): string {
    if (column === 'system') return bind(mapping.system);
    if (column.endsWith('_raw')) {
      const field = column.slice(0, -4) as CanonicalField;
      return rawSql.has(field) ? quoteIdentifier(`raw_${field}`) : 'NULL';
    }
    const field = column as CanonicalField;
    if (specs[field] !== undefined) return quoteIdentifier(`typed_${field}`);
    return rawSql.has(field) ? quoteIdentifier(`raw_${field}`) : 'NULL';
  }
}

interface RawSource {
  sql: string;
  from: string;
}

/**
 * For a JSON record, every field's key path goes into one list so each line is parsed once (s.j holds the values
 * extracted in list order); parsing it once per field cost several passes over the text.
 */
function rawExpression(
  rule: FieldRule,
  staged: StagedFile,
  bind: (value: string) => string,
  jsonPaths: string[],
): RawSource | null {
  if (!Array.isArray(rule) && 'constant' in rule) return { sql: bind(rule.constant), from: `constant "${rule.constant}"` };
  const aliases = Array.isArray(rule) ? rule : rule.column;
  const found = findColumn(staged.columns, aliases);
  if (found === undefined || found === null) return null;
  const inner = Array.isArray(rule) ? null : rule.json;
  let value: string;
  if (staged.layout === 'columns') {
    value = `s.${quoteIdentifier(found)}`;
  } else {
    jsonPaths.push(jsonKeyPath(found));
    value = `s.j[${jsonPaths.length}]`;
  }
  if (inner === null) return { sql: `ds_blank_to_null(${value})`, from: found };
  return {
    sql: `ds_blank_to_null(CASE WHEN json_valid(${value}) THEN json_extract_string(${value}, ${bind(inner)}) END)`,
    from: `${found} ${inner}`,
  };
}

/** A dotted key as the JSON path that reads it, each step quoted so keys with odd characters still work. */
function jsonKeyPath(dottedKey: string): string {
  return `$${dottedKey
    .split('.')
    .map((step) => `."${step.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)
    .join('')}`;
}

function nullValues(sql: string, values: string[], bind: (value: string) => string): string {
  if (values.length === 0) return sql;
  const list = [...new Set(values.map((value) => value.trim().toLowerCase()))].map(bind).join(', ');
  return `CASE WHEN lower(${sql}) IN (${list}) THEN NULL ELSE ${sql} END`;
}

function requireFields(
  mapping: Mapping,
  specs: Partial<Record<CanonicalField, FieldSpec>>,
  raws: Map<CanonicalField, string>,
  staged: StagedFile,
): void {
  const missing = (Object.entries(specs) as [CanonicalField, FieldSpec][])
    .filter(([field, spec]) => spec.required === true && !raws.has(field))
    .map(([field]) => field);
  if (mapping.kind === 'snapshots' && !['on_hand', 'available', 'committed'].some((field) => raws.has(field as CanonicalField))) {
    missing.push('on_hand or available or committed' as CanonicalField);
  }
  if (missing.length === 0) return;
  const looked = missing
    .map((field) => {
      const rule = mapping.fields[field];
      const aliases = rule === undefined ? [] : Array.isArray(rule) ? rule : 'column' in rule ? rule.column : [];
      return aliases.length > 0 ? `${field} (looked for ${aliases.join(', ')})` : field;
    })
    .join('; ');
  throw new MappingMismatchError(
    `${mapping.name}: the file has no column for ${looked}; its columns are ${staged.columns.slice(0, 30).join(', ')}`,
  );
}
