// The user mapping-file format: its strict schema, preset extension, and loading with errors that name file and JSON path.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  CANONICAL_FIELDS,
  DATE_ORDERS,
  DECIMAL_MARKS,
  RECORD_KINDS,
  SYSTEMS,
  TXN_TYPES,
  type CanonicalField,
  type FieldRule,
  type Mapping,
  type Preset,
  type RecordKind,
  type RecordsRule,
} from '../../../shared/model/mapping';
import { EngineError } from '../engine-error';
import { TIME_FIELDS } from './column-zone';
import { splitFilterPath } from './json-key-path';
import { recordsRule } from './nested-records';
import { PRESETS } from './presets';
import { LEGACY_WINDOWS_ZONES, WINDOWS_ZONES } from './windows-zones';
import { ALLOWED_VALUES, VALUE_FIELDS, VALUE_FIELDS_BY_KIND, valueKey, type ValueField } from './vocabulary';

/** A mapping file that cannot be used; `problems` lists every fault found, each starting with its JSON path. */
export class MappingFileError extends EngineError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super('bad_request', `Mapping file ${file}: ${problems.join('; ')}`);
  }
}

/**
 * DuckDB JSON paths that return one value: `$.sku`, `$.lines[0].sku`, `$."odd key".x`. Wildcards are refused
 * because they return lists, which no canonical field can hold; a filter picking one entry of a list
 * (`$[?(@.name=="available")].quantity`, json-key-path.ts) is accepted beside them.
 */
const JSON_PATH = /^\$(?:\.(?:[^.[\]"\s*]+|"[^"]+")|\[\d+\])+$/;

const SHAPES =
  'a list of column names, {"column": [...], "json": "$.path"}, {"column": [...], "pattern": "regex"}, {"column": [...], "sign": [...]}, {"column": [...], "when": [...], "is": [...]}, {"date": [...], "time": [...]}';
/** What one alternative of a `first` rule may be: any rule but another `first`. */
const SOURCE_SHAPES = `${SHAPES} or {"constant": "value"}`;
const RULE_SHAPES = `${SHAPES}, {"constant": "value"} or {"first": [...rules]}`;

/**
 * The capture groups of a pattern, counted by hand (RE2, which DuckDB runs, differs from JavaScript's RegExp):
 * `(` opens one unless escaped, inside a character class or followed by `?` (but `(?P<name>` and `(?<name>` are
 * named groups). Null for syntax RE2 does not have, which a JavaScript-minded author may try.
 */
function captureGroups(pattern: string): number | null {
  if (/\\[1-9]|\(\?<?[=!]/.test(pattern)) return null;
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
    } else if (char === '(' && (pattern[i + 1] !== '?' || /^\(\?P?<\w/.test(pattern.slice(i)))) groups++;
  }
  return groups;
}

/** Whether a field rule, or one of its alternatives, joins a date and a time column. */
function readsDateAndTime(rule: unknown): boolean {
  if (!isPlainObject(rule)) return false;
  if (Array.isArray(rule.first)) return rule.first.some(readsDateAndTime);
  return 'date' in rule;
}

/** Field rules are checked by hand: a union's "invalid input" would not say which part of a rule is wrong. */
const fieldRule = z.unknown().superRefine((rule, ctx) => {
  const fail = (message: string, path: (string | number)[] = []) => ctx.addIssue({ code: 'custom', message, path });
  const checkColumns = (columns: unknown, path: (string | number)[]) => {
    if (!Array.isArray(columns) || columns.length === 0) return fail('list at least one column name', path);
    columns.forEach((column, index) => {
      if (typeof column !== 'string' || column.trim() === '') fail('a column name must be non-empty text', [...path, index]);
    });
  };
  const checkSource = (source: unknown, path: (string | number)[], shapes: string) => {
    if (Array.isArray(source)) return checkColumns(source, path);
    if (typeof source !== 'object' || source === null) return fail(`expected ${shapes}`, path);
    const keys = Object.keys(source).sort().join(',');
    const record = source as Record<string, unknown>;
    if (keys === 'constant') {
      if (typeof record.constant !== 'string') fail('a constant must be text', [...path, 'constant']);
    } else if (keys === 'column,json') {
      checkColumns(record.column, [...path, 'column']);
      if (typeof record.json !== 'string' || (!JSON_PATH.test(record.json) && splitFilterPath(record.json) === null)) {
        fail('expected a JSON path to one value, such as "$.sku" or "$.lines[0].sku"', [...path, 'json']);
      }
    } else if (keys === 'column,pattern') {
      checkColumns(record.column, [...path, 'column']);
      const groups = typeof record.pattern === 'string' && record.pattern !== '' ? captureGroups(record.pattern) : 0;
      if (groups === null) {
        fail('look-arounds and back-references are not available (patterns use RE2 syntax)', [...path, 'pattern']);
      } else if (groups !== 1) {
        fail(`expected a regular expression with one capture group, the value to read, such as "#([0-9]+)"`, [...path, 'pattern']);
      }
    } else if (keys === 'column,sign' || keys === 'column,negative,sign') {
      checkColumns(record.column, [...path, 'column']);
      checkColumns(record.sign, [...path, 'sign']);
      if (record.negative !== undefined && (!Array.isArray(record.negative) || !record.negative.every((mark) => typeof mark === 'string'))) {
        fail('list the sign marks that mean negative as text, such as ["-", "H"]', [...path, 'negative']);
      }
    } else if (keys === 'column,is,when') {
      checkColumns(record.column, [...path, 'column']);
      checkColumns(record.when, [...path, 'when']);
      if (!Array.isArray(record.is) || record.is.length === 0 || !record.is.every((value) => typeof value === 'string')) {
        fail('list the values of the "when" column on whose rows the number counts, such as ["on_hand"]', [...path, 'is']);
      }
    } else if (keys === 'date,time') {
      checkColumns(record.date, [...path, 'date']);
      checkColumns(record.time, [...path, 'time']);
    } else if (keys === 'first' && shapes === RULE_SHAPES) {
      if (!Array.isArray(record.first) || record.first.length === 0) return fail('list at least one rule', [...path, 'first']);
      record.first.forEach((inner, index) => checkSource(inner, [...path, 'first', index], SOURCE_SHAPES));
    } else {
      fail(`expected ${shapes}; got keys ${keys === '' ? '(none)' : keys}`, path);
    }
  };
  if (rule !== null) checkSource(rule, [], RULE_SHAPES);
});

const valueMap = z.record(z.string(), z.string());

function requiredText(issue: { input?: unknown }): string {
  return issue.input === undefined ? 'required' : 'expected text';
}

const fileShape = z.strictObject({
  extends: z.string().optional(),
  id: z
    .string({ error: requiredText })
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, e.g. "acme-relay-log"'),
  name: z.string({ error: requiredText }).trim().min(1, 'give the mapping a name'),
  description: z.string().optional(),
  system: z.enum(SYSTEMS, { error: () => `expected one of ${SYSTEMS.join(', ')}` }).optional(),
  kind: z.enum(RECORD_KINDS, { error: () => `expected one of ${RECORD_KINDS.join(', ')}` }).optional(),
  fields: z.record(z.string(), fieldRule).optional(),
  values: z.strictObject(Object.fromEntries(VALUE_FIELDS.map((field) => [field, valueMap.optional()]))).optional(),
  nullValues: z.array(z.string()).optional(),
  negativeTxnTypes: z.array(z.enum(TXN_TYPES, { error: () => `expected one of ${TXN_TYPES.join(', ')}` })).optional(),
  withinLocationTxnTypes: z.array(z.enum(TXN_TYPES, { error: () => `expected one of ${TXN_TYPES.join(', ')}` })).optional(),
  timeZone: z.string().optional(),
  dateOrder: z.enum(DATE_ORDERS, { error: () => `expected one of ${DATE_ORDERS.join(', ')}` }).optional(),
  decimalMark: z.enum(DECIMAL_MARKS, { error: () => `expected one of ${DECIMAL_MARKS.join(', ')}` }).optional(),
  unpivot: z.strictObject({ name: z.string(), value: z.string(), ignore: z.array(z.string()) }).optional(),
  records: recordsRule.optional(),
});

type MappingFile = z.infer<typeof fileShape>;

/** The figures without which the pipeline refuses every row of a kind. */
const NEEDED: Record<RecordKind, { all: CanonicalField[]; oneOf: CanonicalField[] }> = {
  events: { all: ['ts'], oneOf: [] },
  snapshots: { all: ['sku'], oneOf: ['on_hand', 'available', 'committed'] },
  ledger: { all: ['ts', 'sku', 'qty_delta'], oneOf: [] },
};

/**
 * Checks that depend on the record kind (which may come from the extended preset). They run even when the shape
 * check found faults, so one pass reports everything, and therefore read the input defensively.
 */
function checkAgainstKind(file: Partial<MappingFile>, ctx: z.RefinementCtx): void {
  const fail = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
  const base = typeof file.extends === 'string' ? PRESETS.find((preset) => preset.id === file.extends) : undefined;
  if (typeof file.extends === 'string' && base === undefined) {
    fail(`no built-in preset "${file.extends}"; known: ${PRESETS.map((preset) => preset.id).join(', ')}`, ['extends']);
  }
  if (typeof file.id === 'string' && PRESETS.some((preset) => preset.id === file.id)) {
    fail(`"${file.id}" is a built-in preset id; give this mapping its own id`, ['id']);
  }
  if (file.extends === undefined) {
    if (file.system === undefined) fail(`expected one of ${SYSTEMS.join(', ')}`, ['system']);
    if (file.kind === undefined) fail(`expected one of ${RECORD_KINDS.join(', ')}`, ['kind']);
  } else if (base !== undefined && file.kind !== undefined && file.kind !== base.kind) {
    fail(`preset ${base.id} reads ${base.kind}; an extension cannot change the kind`, ['kind']);
  }
  const kind = base?.kind ?? file.kind;
  if (kind === undefined || !RECORD_KINDS.includes(kind)) return;

  const allowedFields: readonly string[] = CANONICAL_FIELDS[kind];
  const fields = isPlainObject(file.fields) ? file.fields : {};
  for (const [field, rule] of Object.entries(fields)) {
    if (!allowedFields.includes(field)) {
      fail(`"${field}" is not a canonical field of ${kind}; use one of ${allowedFields.join(', ')}`, ['fields', field]);
    } else if (readsDateAndTime(rule) && !(TIME_FIELDS as readonly string[]).includes(field)) {
      fail(`a date and a time column make a time; ${field} is no time field (${TIME_FIELDS.join(', ')} are)`, ['fields', field]);
    }
  }
  const unpivot = isPlainObject(file.unpivot) ? file.unpivot : base?.unpivot;
  for (const key of ['name', 'value'] as const) {
    const field = unpivot?.[key];
    if (typeof field === 'string' && !allowedFields.includes(field)) {
      fail(`"${field}" is not a canonical field of ${kind}; use one of ${allowedFields.join(', ')}`, ['unpivot', key]);
    }
  }
  const merged = { ...base?.fields, ...fields };
  // A wide layout's location columns fill the unpivot rule's two fields.
  const present = (field: CanonicalField) =>
    (merged[field] !== undefined && merged[field] !== null) || unpivot?.name === field || unpivot?.value === field;
  const { all, oneOf } = NEEDED[kind];
  const lacking = all.filter((field) => !present(field));
  if (oneOf.length > 0 && !oneOf.some(present)) lacking.push(oneOf.join(' or ') as CanonicalField);
  if (lacking.length > 0) fail(`this ${kind} mapping needs a rule for ${lacking.join(', ')}`, ['fields']);

  const values = isPlainObject(file.values) ? file.values : {};
  for (const [field, map] of Object.entries(values) as [ValueField, unknown][]) {
    if (!VALUE_FIELDS.includes(field) || !isPlainObject(map)) continue;
    if (!VALUE_FIELDS_BY_KIND[kind].includes(field)) {
      const users = RECORD_KINDS.filter((k) => VALUE_FIELDS_BY_KIND[k].includes(field));
      fail(`only ${users.join(', ')} mappings use ${field}; this one reads ${kind}`, ['values', field]);
      continue;
    }
    checkValueMap(field, map, (message, raw) => fail(message, ['values', field, raw]));
  }
  if (file.negativeTxnTypes !== undefined && kind !== 'ledger') {
    fail(`only ledger mappings store types negative; this one reads ${kind}`, ['negativeTxnTypes']);
  }
  if (file.withinLocationTxnTypes !== undefined && kind !== 'ledger') {
    fail(`only ledger mappings have transaction types; this one reads ${kind}`, ['withinLocationTxnTypes']);
  }
  if (typeof file.timeZone === 'string' && !isZoneName(file.timeZone)) {
    fail(
      `"${file.timeZone}" is not an IANA zone ("America/Chicago"), a Windows zone ("Central Standard Time") or an ` +
        `offset ("UTC-05:00")`,
      ['timeZone'],
    );
  }
}

function checkValueMap(field: ValueField, map: Record<string, unknown>, fail: (message: string, raw: string) => void): void {
  const allowed = ALLOWED_VALUES[field];
  const seen = new Map<string, unknown>();
  for (const [raw, value] of Object.entries(map)) {
    const key = valueKey(raw);
    if (key === '') fail('an empty raw value never matches; list such cells in nullValues', raw);
    if (typeof value === 'string' && !allowed.includes(value)) {
      fail(`"${value}" is not a normalised ${field}; use one of ${allowed.join(', ')}`, raw);
    }
    if (seen.has(key) && seen.get(key) !== value) fail(`"${key}" is listed twice with different values (case and spaces are ignored)`, raw);
    seen.set(key, value);
  }
}

const WINDOWS_NAMES = new Set(Object.keys({ ...LEGACY_WINDOWS_ZONES, ...WINDOWS_ZONES }).map((name) => name.toLowerCase()));

/**
 * A quick check at load time, so a typo fails before any file is read; the time layer (resolveZone) has the last
 * word when the import runs. Abbreviations are refused as it refuses them: `EST` is a valid IANA id, but a
 * daylight-less fixed offset that a US export never meant.
 */
function isZoneName(name: string): boolean {
  const given = name.trim();
  if (WINDOWS_NAMES.has(given.toLowerCase())) return true;
  if (/^(?:UTC|GMT)?\s*[+-]\s*\d{1,2}(?::?\d{2})?$/i.test(given) || /^(?:utc|gmt|z)$/i.test(given)) return true;
  if (/^[A-Z]{2,5}$/.test(given)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: given });
    return true;
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toMapping(file: MappingFile): Mapping {
  const base: Preset | undefined = PRESETS.find((preset) => preset.id === file.extends);
  const fields: Mapping['fields'] = {};
  for (const [field, rule] of Object.entries({ ...base?.fields, ...file.fields })) {
    if (rule !== null && rule !== undefined) fields[field as CanonicalField] = rule as FieldRule;
  }
  const values: NonNullable<Mapping['values']> = {};
  for (const field of VALUE_FIELDS) {
    const merged = { ...base?.values?.[field], ...file.values?.[field] };
    if (Object.keys(merged).length > 0) values[field] = merged;
  }
  // checkAgainstKind has made sure that a file without a preset to extend names its own system and kind.
  const mapping: Mapping = {
    id: file.id,
    name: file.name,
    system: file.system ?? (base as Preset).system,
    kind: base?.kind ?? (file.kind as RecordKind),
    fields,
  };
  if (Object.keys(values).length > 0) mapping.values = values;
  const nullValues = file.nullValues ?? base?.nullValues;
  if (nullValues !== undefined) mapping.nullValues = nullValues;
  const negativeTxnTypes = file.negativeTxnTypes ?? base?.negativeTxnTypes;
  if (negativeTxnTypes !== undefined) mapping.negativeTxnTypes = negativeTxnTypes;
  const withinLocationTxnTypes = file.withinLocationTxnTypes ?? base?.withinLocationTxnTypes;
  if (withinLocationTxnTypes !== undefined) mapping.withinLocationTxnTypes = withinLocationTxnTypes;
  const timeZone = file.timeZone ?? base?.timeZone;
  if (timeZone !== undefined) mapping.timeZone = timeZone;
  const dateOrder = file.dateOrder ?? base?.dateOrder;
  if (dateOrder !== undefined) mapping.dateOrder = dateOrder;
  const decimalMark = file.decimalMark ?? base?.decimalMark;
  if (decimalMark !== undefined) mapping.decimalMark = decimalMark;
  const records = (file.records as RecordsRule | undefined) ?? base?.records;
  if (records !== undefined) mapping.records = records;
  const unpivot = file.unpivot ?? base?.unpivot;
  if (unpivot !== undefined) mapping.unpivot = { ...unpivot, name: unpivot.name as CanonicalField, value: unpivot.value as CanonicalField };
  return mapping;
}

/** The schema of a mapping file, producing the `Mapping` the pipeline applies (with any extended preset merged in). */
export const mappingFileSchema = fileShape.superRefine(checkAgainstKind, { when: (payload) => isPlainObject(payload.value) }).transform(toMapping);

/** Validates parsed JSON as a mapping file; `source` names it in errors (a path, or "pasted mapping"). */
export function parseMapping(json: unknown, source: string): Mapping {
  const parsed = mappingFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new MappingFileError(source, parsed.error.issues.map(describeIssue));
}

export async function loadMappingFile(path: string): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MappingFileError(path, [code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`]);
  }
  text = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MappingFileError(path, [`not valid JSON: ${syntaxMessage(text, error)}`]);
  }
  return parseMapping(json, path);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = jsonPathOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(issue.path);
    return `${where}: unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}${allowed === null ? '' : `; expected ${allowed}`}`;
  }
  return `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

function allowedKeysAt(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return Object.keys(fileShape.shape).join(', ');
  if (path.length === 1 && path[0] === 'values') return VALUE_FIELDS.join(', ');
  return null;
}

/** `fields.sku.column[0]`, `values.status["Not OK"]`: how a consultant finds the spot in their file. */
function jsonPathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(top level)' : out;
}

function syntaxMessage(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  const position = /at position (\d+)/.exec(message);
  if (position === null) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column})`;
}
