// Translates a Mapping over a staged file into SQL that types, normalises and checks every record, in file order.
import { ruleColumns, type CanonicalField, type FieldRule, type FieldSource, type Mapping, type RecordKind } from '../../../shared/model/mapping';
import type { QueryParams, Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import stageRejectOffsetListSql from '../sql/stage-reject-offset-list.sql?raw';
import { findColumn, normalizeColumnName } from './column-names';
import { readDateOrders } from './date-order';
import { readDecimalMarks } from './decimal-mark';
import { jsonKeyPath, splitFilterPath } from './json-key-path';
import { NestedRecordsMismatch, stageRecords, type StagedFile } from './stage-file';
import { locationColumns } from './unpivot-columns';
import { loadValueMaps, presentValues as readPresentValues, presentVocabularies, valueCase, type Bind } from './value-lookups';
import { FALLBACK_VALUES, type ValueField } from './vocabulary';

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
  ledger: [
    'system', 'txn_id', 'ts', 'ts_raw', 'txn_type', 'txn_type_raw', 'sku', 'location', 'qty_delta', 'reference', 'status',
    'alt_reference',
  ],
};

type KeyExpression = (column: (name: string) => string) => string;

/**
 * Join keys computed once, as rows land, so that analysis joins on them without recomputing them over millions of
 * rows each time: the business reference (ds_ref_key) and the location (ds_location_key), see key-macros.sql; a
 * ledger row's second reference (another system's name for its document) gets a key of its own, alt_ref_key.
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
    alt_ref_key: (column) => `ds_ref_key(${column('alt_reference')})`,
  },
};

/** The staging table with each record's number in the file (1 = first record), in file order. */
const STAGE_WITH_RECORD = '(SELECT rowid + 1 AS record, * FROM temp.stage)';

/** Up to this many lines refused by the reader, line numbers come from a CASE; above it, an ASOF join and a sort. */
const OFFSET_CASE_CAP = 64;

export interface CanonicalPlan {
  /** Creates temp.conv: every record with its line, raw text, typed values and the reason it is refused (or NULL). */
  convertSql: string;
  /** Inserts the accepted records into the canonical table in file order ($source_id to be bound); returns Count. */
  insertSql: string;
  /** Inserts the refused records into rejects ($source_id to be bound). */
  rejectSql: string;
  /** Counts the records the conversion reads (accepted + refused): one row (records). */
  countSql: string;
  /** Creates temp.time_sample(value): the first $sample_rows values of a time field's raw text. */
  timeSampleSql: (field: CanonicalField) => string;
  params: QueryParams;
  /** Canonical field -> the column (or JSON key) it was read from. */
  resolved: Partial<Record<CanonicalField, string>>;
  /** Normalised fields read from the file. */
  normalisedFields: NormalisedField[];
  /** Time fields whose slash dates are read day first. */
  dayFirstFields: CanonicalField[];
  /** What the plan had to assume, for the manifest's warnings. */
  warnings: string[];
}

export class MappingMismatchError extends Error {}

export interface PlanOptions {
  /** IANA zone for times written without an offset. */
  zone: string;
  maxRawLineChars: number;
}

/**
 * Plans the conversion of a staged file by a mapping. It reads the staging table (the distinct values of the
 * normalised fields, the reader's refused lines) to choose SQL that keeps file order without a sort.
 */
export async function prepareCanonicalLoad(
  session: Session,
  mapping: Mapping,
  fileStage: StagedFile,
  options: PlanOptions,
): Promise<CanonicalPlan> {
  const staged = await recordsOf(session, mapping, fileStage);
  const params: QueryParams = { zone: options.zone, max_line_chars: options.maxRawLineChars };
  const bind: Bind = (value) => {
    const name = `p${Object.keys(params).length}`;
    params[name] = value;
    return `$${name}`;
  };
  const specs = FIELD_SPECS[mapping.kind] as Partial<Record<CanonicalField, FieldSpec>>;
  const resolved: Partial<Record<CanonicalField, string>> = {};
  const rawSql = new Map<CanonicalField, string>();
  const jsonPaths: string[] = [];
  for (const [field, rule] of Object.entries(mapping.fields) as [CanonicalField, FieldRule][]) {
    const source = rawExpression(rule, staged, bind, jsonPaths, specs[field]?.type === 'time');
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
  const locations = unpivotLocations(mapping, staged, rawSql, resolved, bind);
  requireFields(mapping, specs, rawSql, staged);
  params.json_paths = jsonPaths;

  const json = staged.layout === 'json';
  const nested = staged.nested !== null;
  const lines = await lineNumbers(session, staged, bind);
  // A wide file becomes one record per row and location column, in file order (unnest keeps it).
  const unpivoted =
    locations.length === 0
      ? STAGE_WITH_RECORD
      : `(SELECT rowid + 1 AS record, *, unnest([${locations
          .map((column) => `{'header': ${bind(column)}, 'cell': ${quoteIdentifier(column)}}`)
          .join(', ')}]) AS unpivoted FROM temp.stage)`;
  const source = json
    ? `(SELECT *, CASE WHEN json_ok THEN json_extract_string(line, $json_paths) END AS j
        FROM (SELECT *, json_valid(line) AS json_ok FROM ${STAGE_WITH_RECORD}))`
    : unpivoted;
  const columns = [
    's.record',
    `${lines.expression} AS line_number`,
    ...(json ? ['s.json_ok'] : []),
    ...(nested ? ['s.nested_reason'] : []),
    ...[...rawSql.entries()].map(([field, sql]) => `${sql} AS ${quoteIdentifier(`raw_${field}`)}`),
  ];
  const rawFromStage = `
    SELECT
        ${columns.join(',\n        ')}
    FROM ${source} s
    ${lines.join}
    ${json ? `WHERE s.line IS NOT NULL AND NOT regexp_full_match(s.line, '\\s*')` : ''}`;
  // A JSON record is parsed once, into temp.raw, which every later pass reads; parsing costs more than the copy.
  // Delimited text needs no parsing, so its raw values are read straight from the staging table each time.
  if (json) {
    const order = lines.join === '' ? '' : '\nORDER BY line_number';
    await session.run(`CREATE OR REPLACE TEMP TABLE raw AS ${rawFromStage}${order}`, params);
  }
  const rawSelect = json ? '\n    SELECT * FROM temp.raw' : rawFromStage;

  const raw = (field: CanonicalField): string => (rawSql.has(field) ? `r.${quoteIdentifier(`raw_${field}`)}` : 'NULL');
  const normalisedFields = (Object.entries(specs) as [CanonicalField, FieldSpec][])
    .filter(([field, spec]) => spec.type === 'normalised' && rawSql.has(field))
    .map(([field]) => field as NormalisedField);
  const presentValues = await readPresentValues(session, normalisedFields, rawSelect, params);
  const joined = normalisedFields.filter((field) => presentValues.get(field) === null);
  if (joined.length > 0) await loadValueMaps(session, mapping, joined);
  const vocabularies = await presentVocabularies(session, mapping, presentValues);
  const timeFields = (Object.entries(specs) as [CanonicalField, FieldSpec][])
    .filter(([field, spec]) => spec.type === 'time' && rawSql.has(field))
    .map(([field]) => field);
  const dates = await readDateOrders(session, mapping, timeFields, resolved, rawSelect, params);
  const numberFields = (Object.entries(specs) as [CanonicalField, FieldSpec][])
    .filter(([field, spec]) => spec.type === 'number' && rawSql.has(field))
    .map(([field]) => field);
  const decimals = await readDecimalMarks(session, mapping, numberFields, resolved, rawSelect, params, staged.layout === 'columns' && !staged.logRecords ? staged.columns : []);

  const typed: string[] = [];
  /** Why a record is refused: a condition on the typed row (never NULL), and the reason text built only then. */
  const refusals: { when: string; reason: string }[] = [];
  const joins: string[] = [];
  for (const [field, spec] of Object.entries(specs) as [CanonicalField, FieldSpec][]) {
    const value = raw(field);
    const mapped = rawSql.has(field);
    const name = quoteIdentifier(`typed_${field}`);
    // Reasons read the typed column of the inner query, so each value is parsed once.
    const rawOut = `t.${quoteIdentifier(`raw_${field}`)}`;
    const typedOut = `t.${name}`;
    if (spec.type === 'time') {
      const dayFirst = dates.dayFirst.includes(field);
      typed.push(`ds_instant(${value}, $zone${dayFirst ? ', day_first := true' : ''}) AS ${name}`);
      if (mapped) {
        // A slash date written in the other order than the column's is named as such, not as unreadable.
        const [other, own] = dayFirst ? ['month-first', 'day first (DD/MM/YYYY)'] : ['day-first', 'month first (MM/DD/YYYY)'];
        refusals.push({
          when: `${rawOut} IS NOT NULL AND ${typedOut} IS NULL`,
          reason:
            `CASE WHEN ds_slash_date_order(${rawOut}) = '${other}' ` +
            `THEN '${field}: "' || left(${rawOut}, 60) || '" is written ${other.replace('-', ' ')}, but this file''s dates are ${own}' ` +
            `ELSE '${field}: cannot read "' || left(${rawOut}, 60) || '" as a time' END`,
        });
      }
    } else if (spec.type === 'number') {
      const comma = decimals.comma.includes(field);
      typed.push(`${comma ? 'ds_number_decimal_comma' : 'ds_number'}(${value}) AS ${name}`);
      if (mapped) {
        refusals.push({
          when: `${rawOut} IS NOT NULL AND ${typedOut} IS NULL`,
          reason: `'${field}: "' || left(${rawOut}, 60) || '" is not a number${comma ? ' written with a decimal comma' : ''}'`,
        });
      }
    } else if (spec.type === 'normalised') {
      const normalised = field as NormalisedField;
      const fallback = FALLBACK_VALUES[normalised];
      const missing = fallback === null ? 'NULL' : `'${fallback}'`;
      if (!mapped) {
        typed.push(`${missing} AS ${name}`);
        continue;
      }
      const unknown = fallback === null ? `lower(trim(${value}))` : `'${fallback}'`;
      const otherwise = `CASE WHEN ${value} IS NULL THEN ${missing} ELSE ${unknown} END`;
      const present = presentValues.get(normalised);
      if (present === null || present === undefined) {
        const alias = quoteIdentifier(`vm_${field}`);
        joins.push(`LEFT JOIN temp.value_map ${alias} ON ${alias}.field = '${field}' AND ${alias}.raw = lower(trim(${value}))`);
        typed.push(`coalesce(${alias}.value, ${otherwise}) AS ${name}`);
      } else {
        typed.push(`${valueCase(value, present, vocabularies.get(normalised) ?? {}, bind, otherwise)} AS ${name}`);
      }
    } else {
      typed.push(`${value} AS ${name}`);
    }
    if (spec.required === true && mapped) refusals.push({ when: `${rawOut} IS NULL`, reason: `'${field}: missing'` });
  }

  // Ledgers that write quantities unsigned: the declared outbound types are stored negative, and the moves that stay
  // inside the location as no change.
  const negatives = mapping.negativeTxnTypes ?? [];
  const within = mapping.withinLocationTxnTypes ?? [];
  const signs = [
    ...(within.length > 0 ? [`WHEN t.typed_txn_type IN (${within.map(bind).join(', ')}) THEN 0`] : []),
    ...(negatives.length > 0 ? [`WHEN t.typed_txn_type IN (${negatives.map(bind).join(', ')}) THEN -abs(t.typed_qty_delta)`] : []),
  ];
  const signed =
    signs.length > 0 && specs.qty_delta !== undefined
      ? ` REPLACE (CASE ${signs.join(' ')} ELSE t.typed_qty_delta END AS typed_qty_delta)`
      : '';
  const reason = `nullif(concat_ws('; ', ${
    refusals.length > 0 ? refusals.map((refusal) => `CASE WHEN ${refusal.when} THEN ${refusal.reason} END`).join(',\n        ') : 'NULL'
  }), '')`;
  const typedRows = `(
SELECT
    r.*${typed.length > 0 ? ',' : ''}
    ${typed.join(',\n    ')}
FROM (${rawSelect}
) r
${joins.join('\n')}
) t`;
  // A record nested lists could not give (its list missing or empty) is refused for that, before its fields.
  const nestedReason = nested ? ` WHEN t.nested_reason IS NOT NULL THEN t.nested_reason` : '';
  const converted = `
SELECT
    t.*${nested ? ' EXCLUDE (nested_reason)' : ''}${signed},
    ${json ? `CASE WHEN NOT t.json_ok THEN 'not valid JSON'${nestedReason} ELSE ${reason} END` : reason} AS reason
FROM ${typedRows}`;
  // The load keeps a record when no refusal holds, tested as plain conditions: building every record's reason text
  // only to find it empty cost about a seventh of the conversion.
  const refused = [...(json ? ['NOT t.json_ok'] : []), ...(nested ? ['t.nested_reason IS NOT NULL'] : []), ...refusals.map((refusal) => `(${refusal.when})`)];
  const accepted = `
SELECT
    t.*${signed}
FROM ${typedRows}
WHERE ${refused.length > 0 ? `NOT (${refused.join('\n    OR ')})` : 'true'}`;
  // Joins (a value map too large for a CASE, many refused reader lines) do not keep file order; the tables must.
  const order = (lines.join !== '' && !json) || joins.length > 0 ? '\nORDER BY line_number' : '';

  const targets = TARGET_COLUMNS[mapping.kind];
  const keys = Object.entries(KEY_COLUMNS[mapping.kind]);
  const insertSql = `
INSERT INTO ${quoteIdentifier(mapping.kind)} (source_id, line_number, ${[...targets, ...keys.map(([column]) => column)].map(quoteIdentifier).join(', ')})
SELECT $source_id, line_number, ${[...targets.map(targetExpression), ...keys.map(([, key]) => key(targetExpression))].join(', ')}
FROM (${accepted}
)${order}`;
  const rawLine = json || staged.logRecords
    ? 's.line'
    : `concat_ws(',', ${staged.columns.map((column) => `coalesce(s.${quoteIdentifier(column)}, '')`).join(', ')})`;
  // The raw line is rebuilt for refused records only: building it for every record would cost a full pass.
  const rejectSql = `
INSERT INTO rejects (source_id, line_number, raw_line, reason)
SELECT $source_id, c.line_number, left(${rawLine}, $max_line_chars), c.reason
FROM (SELECT record, line_number, reason FROM (${converted}
) WHERE reason IS NOT NULL) c
JOIN ${STAGE_WITH_RECORD} s ON s.record = c.record
ORDER BY c.line_number`;
  const countSql = `SELECT count(*) * ${Math.max(locations.length, 1)} AS records FROM ${json ? 'temp.raw' : 'temp.stage'}`;
  return {
    convertSql: `CREATE OR REPLACE TEMP TABLE conv AS ${converted}${order}`,
    insertSql,
    rejectSql,
    countSql,
    timeSampleSql: (field) => {
      const column = quoteIdentifier(`raw_${field}`);
      return `CREATE OR REPLACE TEMP TABLE time_sample AS
SELECT ${column} AS value FROM (${rawSelect}
) WHERE ${column} IS NOT NULL LIMIT $sample_rows`;
    },
    params,
    resolved,
    normalisedFields,
    dayFirstFields: dates.dayFirst,
    warnings: [...dates.warnings, ...decimals.warnings],
  };

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

/**
 * The staged records a mapping reads: those nested in lists by its `records` rule, or the file's own records, staged
 * again when staging chose otherwise (a built-in rule it recognised, for a mapping without one or with another).
 */
async function recordsOf(session: Session, mapping: Mapping, staged: StagedFile): Promise<StagedFile> {
  const rule = mapping.records ?? null;
  if (rule === null && staged.nested === null) return staged;
  if (staged.layout !== 'json') throw new MappingMismatchError(`${mapping.name}: reads records nested in JSON files only`);
  try {
    return await stageRecords(session, staged, rule);
  } catch (error) {
    if (error instanceof NestedRecordsMismatch) throw new MappingMismatchError(`${mapping.name}: ${error.message}`);
    throw error;
  }
}

/**
 * For a mapping that unpivots, the file's location columns, with the raw expressions of the fields they fill (the
 * header and the cell of each); empty otherwise.
 */
function unpivotLocations(
  mapping: Mapping,
  staged: StagedFile,
  rawSql: Map<CanonicalField, string>,
  resolved: Partial<Record<CanonicalField, string>>,
  bind: Bind,
): string[] {
  const rule = mapping.unpivot;
  if (rule === undefined) return [];
  if (staged.layout !== 'columns') throw new MappingMismatchError(`${mapping.name}: reads delimited files only`);
  const locations = locationColumns(mapping, staged.columns);
  if (locations.length === 0) {
    throw new MappingMismatchError(
      `${mapping.name}: the file has no column to read as a location; its columns are ${staged.columns.slice(0, 30).join(', ')}`,
    );
  }
  const shown = locations.length > 6 ? `${locations.slice(0, 6).join(', ')} and ${locations.length - 6} more` : locations.join(', ');
  rawSql.set(rule.name, 's.unpivoted.header');
  rawSql.set(rule.value, nullValues('ds_blank_to_null(s.unpivoted.cell)', mapping.nullValues ?? [], bind));
  resolved[rule.name] = `the header of each location column (${shown})`;
  resolved[rule.value] = `the cells of the ${locations.length} location column(s)`;
  return locations;
}

/** How each record's line number is computed: its record number, the header, and the reader's refused lines before it. */
async function lineNumbers(session: Session, staged: StagedFile, bind: Bind): Promise<{ expression: string; join: string }> {
  // Nested records of JSON lines and a log's records carry the line they came from; a document's are numbered by
  // their place in it.
  const record = (staged.nested === null && !staged.logRecords) || staged.document ? 's.record' : 's.line_base';
  const base = `${record} + ${staged.headerLines}`;
  if (staged.readerRejects === 0) return { expression: base, join: '' };
  if (staged.readerRejects > OFFSET_CASE_CAP) {
    return {
      expression: `${base} + coalesce(o.rejected_before, 0)`,
      join: `ASOF LEFT JOIN temp.reject_offsets o ON ${record} >= o.from_record`,
    };
  }
  const offsets = await session.query<{ from_record: string; rejected_before: string }>(stageRejectOffsetListSql);
  const branches = offsets.map(
    (offset) => `WHEN ${record} >= ${bind(Number(offset.from_record))} THEN ${bind(Number(offset.rejected_before))}`,
  );
  return { expression: `${base} + CASE ${branches.join(' ')} ELSE 0 END`, join: '' };
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
  bind: Bind,
  jsonPaths: string[],
  readsTime: boolean,
): RawSource | null {
  if (!Array.isArray(rule) && 'constant' in rule) return { sql: bind(rule.constant), from: `constant "${rule.constant}"` };
  if (!Array.isArray(rule) && 'first' in rule) return firstOf(rule.first, staged, bind, jsonPaths, readsTime);
  if (!Array.isArray(rule) && 'date' in rule) {
    const date = findColumn(staged.columns, rule.date);
    return date === undefined ? null : dateAndTime(date, findColumn(staged.columns, rule.time), staged, jsonPaths);
  }
  const aliases = Array.isArray(rule) ? rule : rule.column;
  const found = findColumn(staged.columns, aliases);
  if (found === undefined || found === null) return null;
  if (!Array.isArray(rule) && 'sign' in rule) return signed(found, rule, staged, bind, jsonPaths);
  if (!Array.isArray(rule) && 'when' in rule) return countedWhen(found, rule, staged, bind, jsonPaths);
  if (Array.isArray(rule) && readsTime) return dateAndTime(found, timeTwin(found, staged.columns), staged, jsonPaths);
  const inner = Array.isArray(rule) || !('json' in rule) ? null : rule.json;
  const value = columnValue(found, staged, jsonPaths);
  if (!Array.isArray(rule) && 'pattern' in rule) {
    // regexp_extract gives '' when the text does not match; the capture is trimmed as every cell is.
    return { sql: `nullif(trim(regexp_extract(${value}, ${bind(rule.pattern)}, 1)), '')`, from: `${found} ~ ${rule.pattern}` };
  }
  if (inner === null) return { sql: `ds_blank_to_null(${value})`, from: found };
  return { sql: inJsonOf(value, `ds_blank_to_null(${jsonValue('j', inner, bind)})`), from: `${found} ${inner}` };
}

/**
 * An expression of `j`, the JSON a text holds, bound once through the lambdas: each names its argument several
 * times, and parsing is not cheap. A text that is not JSON itself (a log message such as `Posting shipment {"sku":
 * ...}`) is read from its first `{` to its last `}`, where loggers put the object they print after a prefix.
 */
function inJsonOf(value: string, expression: string): string {
  return `list_transform([${value}], lambda t: list_transform([CASE WHEN json_valid(t) THEN t WHEN strpos(t, '{') > 0 THEN substr(t, strpos(t, '{'), length(t) - strpos(reverse(t), '}') + 2 - strpos(t, '{')) END], lambda j: CASE WHEN json_valid(j) THEN ${expression} END)[1])[1]`;
}

/**
 * Alternatives that all read plain JSON paths in one column (`$.sku`, `$.content.sku`, `$.content.lines[0].sku`),
 * read as one extraction of every path, the first with a value winning: parsed once, not once per path.
 */
function samePathsOf(rules: FieldSource[], staged: StagedFile, bind: Bind, jsonPaths: string[]): RawSource | null {
  const plain = rules.every((rule) => !Array.isArray(rule) && 'json' in rule && splitFilterPath(rule.json) === null);
  if (!plain || rules.length < 2) return null;
  const columns = rules.map((rule) => findColumn(staged.columns, (rule as { column: string[] }).column));
  const found = columns.find((column) => column !== undefined);
  if (found === undefined || columns.some((column) => column !== undefined && column !== found)) return null;
  const paths = rules.filter((_, index) => columns[index] !== undefined).map((rule) => (rule as { json: string }).json);
  const value = columnValue(found, staged, jsonPaths);
  // A key holding an object or a list is no value here (a custom logger's `location` object naming where in the flow
  // it logged): the next path is tried.
  const first =
    `list_filter(list_transform(json_extract_string(j, ${bind(paths)}), lambda x: ds_blank_to_null(x)), ` +
    `lambda x: x IS NOT NULL AND NOT (x[1] = '{' AND x[-1] = '}') AND NOT (x[1] = '[' AND x[-1] = ']'))[1]`;
  return { sql: inJsonOf(value, first), from: paths.map((path) => `${found} ${path}`).join(', else ') };
}

/**
 * A number read with a column beside it whose cell, trimmed and in lower case, is or is not one of `words`: the
 * number, that column's name, and the test in SQL, or null for the test when the file lacks the column.
 */
function besideColumn(
  found: string,
  aliases: string[],
  words: string[],
  staged: StagedFile,
  bind: Bind,
  jsonPaths: string[],
): { value: string; column: string | undefined; matches: string | null } {
  const value = `ds_blank_to_null(${columnValue(found, staged, jsonPaths)})`;
  const column = findColumn(staged.columns, aliases);
  if (column === undefined) return { value, column, matches: null };
  const list = [...new Set(words.map((word) => word.trim().toLowerCase()))].map(bind).join(', ');
  return { value, column, matches: `lower(trim(${columnValue(column, staged, jsonPaths)})) IN (${list})` };
}

/** A number whose sign another column gives: `-`, `minus` or one of the rule's own marks make it negative. */
function signed(
  found: string,
  rule: { sign: string[]; negative?: string[] },
  staged: StagedFile,
  bind: Bind,
  jsonPaths: string[],
): RawSource {
  const { value, column, matches } = besideColumn(found, rule.sign, rule.negative ?? ['-', 'minus'], staged, bind, jsonPaths);
  if (matches === null) return { sql: value, from: found };
  return {
    sql: `CASE WHEN ${matches} AND ${value} IS NOT NULL THEN '-' || ltrim(${value}, '+-') ELSE ${value} END`,
    from: `${found} signed by ${column}`,
  };
}

/**
 * A number that counts only on the rows whose `when` column holds one of the rule's values (matched ignoring case
 * and surrounding space); other rows hold 0. Without the `when` column every row counts.
 */
function countedWhen(
  found: string,
  rule: { when: string[]; is: string[] },
  staged: StagedFile,
  bind: Bind,
  jsonPaths: string[],
): RawSource {
  const { value, column, matches } = besideColumn(found, rule.when, rule.is, staged, bind, jsonPaths);
  if (matches === null) return { sql: value, from: found };
  return {
    sql: `CASE WHEN ${value} IS NULL OR ${matches} THEN ${value} ELSE '0' END`,
    from: `${found} where ${column} is ${rule.is.join(' or ')}`,
  };
}

/** The SQL reading one column of a staged record: a named column, or a key of a JSON record parsed once. */
function columnValue(column: string, staged: StagedFile, jsonPaths: string[]): string {
  if (staged.layout === 'columns') return `s.${quoteIdentifier(column)}`;
  jsonPaths.push(jsonKeyPath(column));
  return `s.j[${jsonPaths.length}]`;
}

/** A time read from a date column and, when the file has it, a time-of-day column beside it (ds_date_and_time). */
function dateAndTime(date: string, time: string | undefined, staged: StagedFile, jsonPaths: string[]): RawSource {
  const dateValue = columnValue(date, staged, jsonPaths);
  if (time === undefined) return { sql: `ds_blank_to_null(${dateValue})`, from: date };
  return { sql: `ds_date_and_time(${dateValue}, ${columnValue(time, staged, jsonPaths)})`, from: `${date} + ${time}` };
}

/**
 * The column holding the time of day for a date column, named alike with `time` for its last `date`
 * (`start_tran_date` and `start_tran_time`, `Posting Date` and `Posting Time`, `Date` and `Time`).
 */
function timeTwin(date: string, columns: readonly string[]): string | undefined {
  const name = normalizeColumnName(date);
  const at = name.lastIndexOf('date');
  if (at < 0) return undefined;
  const twin = findColumn(columns, [`${name.slice(0, at)}time${name.slice(at + 4)}`]);
  return twin === date ? undefined : twin;
}

/**
 * The text one JSON path reads in a JSON value; a path through a list of name/value entries reads the first entry
 * whose key holds the value (Shopify's `quantities: [{"name": "available", "quantity": 5}, ...]`).
 */
function jsonValue(json: string, path: string, bind: Bind): string {
  const filter = splitFilterPath(path);
  if (filter === null) return `json_extract_string(${json}, ${bind(path)})`;
  const entries = `CAST(json_extract(${json}, ${bind(filter.list)}) AS JSON[])`;
  const entry = `list_filter(${entries}, lambda e: json_extract_string(e, ${bind(jsonKeyPath(filter.key))}) = ${bind(filter.value)})[1]`;
  return `CASE WHEN json_type(${json}, ${bind(filter.list)}) = 'ARRAY' THEN json_extract_string(${entry}, ${bind(filter.rest)}) END`;
}

/** Alternatives read per record: the first that gives a value; those whose columns the file lacks drop out. */
/**
 * The alternatives of a `first` rule, each run of plain JSON paths read in one parse (samePathsOf), so a field that
 * tries a logger's JSON keys and then a `key=value` pattern in the same message still parses the message once.
 */
function firstOf(rules: FieldSource[], staged: StagedFile, bind: Bind, jsonPaths: string[], readsTime: boolean): RawSource | null {
  const runs: FieldSource[][] = [];
  for (const rule of rules) {
    const plainJson = !Array.isArray(rule) && 'json' in rule && splitFilterPath(rule.json) === null;
    const last = runs.at(-1);
    const lastPlain = last !== undefined && last.every((held) => !Array.isArray(held) && 'json' in held && splitFilterPath(held.json) === null);
    if (plainJson && lastPlain) last.push(rule);
    else runs.push([rule]);
  }
  const sources = runs.flatMap(
    (run) => samePathsOf(run, staged, bind, jsonPaths) ?? run.flatMap((rule) => rawExpression(rule, staged, bind, jsonPaths, readsTime) ?? []),
  );
  if (sources.length <= 1) return sources[0] ?? null;
  return { sql: `coalesce(${sources.map((source) => source.sql).join(', ')})`, from: sources.map((source) => source.from).join(', else ') };
}

function nullValues(sql: string, values: string[], bind: Bind): string {
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
      const aliases = ruleColumns(rule);
      return aliases.length > 0 ? `${field} (looked for ${aliases.join(', ')})` : field;
    })
    .join('; ');
  throw new MappingMismatchError(
    `${mapping.name}: the file has no column for ${looked}; its columns are ${staged.columns.slice(0, 30).join(', ')}`,
  );
}
