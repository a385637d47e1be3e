// Turns the grid's filter model and quick-find text into SQL conditions: identifiers quoted, every value bound.
import type { ColumnInfo } from '../../../shared/model/case';
import type {
  ColumnCondition,
  CombinedCondition,
  DateCondition,
  FilterModel,
  NumberCondition,
  SetCondition,
  TextCondition,
} from '../../../shared/model/page';
import type { QueryParams } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';

export class FilterError extends Error {}

/** Binds values as named parameters ($<prefix>0, $<prefix>1, ...) into one parameter set. */
export class ParamBinder {
  readonly params: QueryParams = {};
  private count = 0;

  constructor(private readonly prefix: string) {}

  bind(value: string | number): string {
    const name = `${this.prefix}${this.count}`;
    this.count += 1;
    this.params[name] = value;
    return `$${name}`;
  }
}

/** One SQL condition per filtered column (ANDed by the caller), for the filter model over the given columns. */
export function filterConditions(filter: FilterModel | undefined, columns: ColumnInfo[], binder: ParamBinder): string[] {
  const bind: Bind = (value) => binder.bind(value);
  return Object.entries(filter ?? {}).map(([columnName, model]) => {
    const column = requireColumn(columns, columnName);
    return modelSql(quoteIdentifier(column.name), column, model, bind);
  });
}

/**
 * The quick-find condition: the text, lower-cased, is a substring of at least one text column. Null when there is
 * nothing to find; a table without text columns finds nothing.
 */
export function quickFindCondition(text: string | undefined, columns: ColumnInfo[], binder: ParamBinder): string | null {
  const needle = (text ?? '').trim().toLowerCase();
  if (needle === '') return null;
  const textColumns = columns.filter((column) => column.kind === 'text');
  if (textColumns.length === 0) return 'false';
  const value = binder.bind(needle);
  return `(${textColumns.map((column) => `contains(lower(${quoteIdentifier(column.name)}), ${value})`).join(' OR ')})`;
}

type Bind = (value: string | number) => string;

export function requireColumn(columns: ColumnInfo[], name: string): ColumnInfo {
  const column = columns.find((candidate) => candidate.name === name);
  if (column === undefined) throw new FilterError(`No column named "${name}"`);
  return column;
}

function modelSql(
  column: string,
  info: ColumnInfo,
  model: ColumnCondition | CombinedCondition,
  bind: Bind,
): string {
  if (model.filterType === 'set') return setSql(column, model, bind);
  if ('conditions' in model) {
    if (model.conditions.length === 0) throw new FilterError(`Empty combined filter on "${info.name}"`);
    const joiner = model.operator === 'OR' ? ' OR ' : ' AND ';
    return `(${model.conditions.map((condition) => conditionSql(column, info, condition, bind)).join(joiner)})`;
  }
  return conditionSql(column, info, model, bind);
}

function conditionSql(column: string, info: ColumnInfo, condition: ColumnCondition, bind: Bind): string {
  switch (condition.filterType) {
    case 'text':
      return textSql(column, condition, bind);
    case 'number':
      return numberSql(column, condition, bind);
    case 'date':
      return dateSql(column, info, condition, bind);
    case 'set':
      return setSql(column, condition, bind);
    default:
      throw new FilterError(`Unknown filter type on "${info.name}"`);
  }
}

/** Values compare as text, as the set filter lists them; NULL is matched only when the list holds null. */
function setSql(column: string, condition: SetCondition, bind: Bind): string {
  const values = condition.values.filter((value): value is string => value !== null);
  const text = `CAST(${column} AS VARCHAR)`;
  const parts: string[] = [];
  if (values.length > 0) parts.push(`${text} IN (${values.map((value) => bind(value)).join(', ')})`);
  if (values.length < condition.values.length) parts.push(`${column} IS NULL`);
  return parts.length === 0 ? 'false' : `(${parts.join(' OR ')})`;
}

function textSql(column: string, condition: TextCondition, bind: Bind): string {
  const text = `lower(CAST(${column} AS VARCHAR))`;
  if (condition.type === 'blank') return `(${column} IS NULL OR CAST(${column} AS VARCHAR) = '')`;
  if (condition.type === 'notBlank') return `(${column} IS NOT NULL AND CAST(${column} AS VARCHAR) <> '')`;
  const value = bind((condition.filter ?? '').toLowerCase());
  switch (condition.type) {
    case 'contains':
      return `contains(${text}, ${value})`;
    case 'notContains':
      return `(${column} IS NULL OR NOT contains(${text}, ${value}))`;
    case 'equals':
      return `${text} = ${value}`;
    case 'notEqual':
      return `(${column} IS NULL OR ${text} <> ${value})`;
    case 'startsWith':
      return `starts_with(${text}, ${value})`;
    case 'endsWith':
      return `ends_with(${text}, ${value})`;
    default:
      throw new FilterError(`Unknown text filter "${String(condition.type)}"`);
  }
}

function rangeSql(column: string, type: NumberCondition['type'], from: string, to: () => string): string {
  switch (type) {
    case 'equals':
      return `${column} = ${from}`;
    case 'notEqual':
      return `(${column} IS NULL OR ${column} <> ${from})`;
    case 'lessThan':
      return `${column} < ${from}`;
    case 'lessThanOrEqual':
      return `${column} <= ${from}`;
    case 'greaterThan':
      return `${column} > ${from}`;
    case 'greaterThanOrEqual':
      return `${column} >= ${from}`;
    case 'inRange':
      return `${column} BETWEEN ${from} AND ${to()}`;
    default:
      throw new FilterError(`Unknown range filter "${String(type)}"`);
  }
}

function numberSql(column: string, condition: NumberCondition, bind: Bind): string {
  if (condition.type === 'blank') return `${column} IS NULL`;
  if (condition.type === 'notBlank') return `${column} IS NOT NULL`;
  const number = (value: number | null | undefined): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new FilterError('A number filter needs a number');
    return value;
  };
  return rangeSql(
    column,
    condition.type,
    `CAST(${bind(number(condition.filter))} AS DOUBLE)`,
    () => `CAST(${bind(number(condition.filterTo))} AS DOUBLE)`,
  );
}

/**
 * Date filters compare whole days, as the grid's date picker offers days: "equals 2026-11-03" matches every instant
 * of that day (UTC). Written as half-open ranges on the column itself so DuckDB can still skip row groups.
 */
function dateSql(column: string, info: ColumnInfo, condition: DateCondition, bind: Bind): string {
  if (condition.type === 'blank') return `${column} IS NULL`;
  if (condition.type === 'notBlank') return `${column} IS NOT NULL`;
  const type = info.duckdbType.toUpperCase();
  const target = type.includes('WITH TIME ZONE') ? 'TIMESTAMPTZ' : type === 'DATE' ? 'DATE' : 'TIMESTAMP';
  const day = (value: string | null | undefined): string => {
    if (typeof value !== 'string' || value.trim() === '') throw new FilterError('A date filter needs a date');
    return `CAST(${bind(value)} AS DATE)`;
  };
  const start = (d: string) => `CAST(${d} AS ${target})`;
  const end = (d: string) => `CAST(${d} + INTERVAL 1 DAY AS ${target})`;
  const from = day(condition.dateFrom);
  switch (condition.type) {
    case 'equals':
      return `(${column} >= ${start(from)} AND ${column} < ${end(from)})`;
    case 'notEqual':
      return `(${column} IS NULL OR ${column} < ${start(from)} OR ${column} >= ${end(from)})`;
    case 'lessThan':
      return `${column} < ${start(from)}`;
    case 'lessThanOrEqual':
      return `${column} < ${end(from)}`;
    case 'greaterThan':
      return `${column} >= ${end(from)}`;
    case 'greaterThanOrEqual':
      return `${column} >= ${start(from)}`;
    case 'inRange':
      return `(${column} >= ${start(from)} AND ${column} < ${end(day(condition.dateTo))})`;
    default:
      throw new FilterError(`Unknown date filter "${String(condition.type)}"`);
  }
}
