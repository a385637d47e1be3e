// Turns the grid's filter and sort model into SQL fragments: identifiers quoted, every value a bound parameter.
import type { ColumnInfo } from '../../../shared/model/case';
import type {
  ColumnCondition,
  CombinedCondition,
  DateCondition,
  FilterModel,
  NumberCondition,
  SortSpec,
  TextCondition,
} from '../../../shared/model/page';
import type { QueryParams } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';

export class FilterError extends Error {}

export interface SqlFragment {
  sql: string;
  params: QueryParams;
}

/** Builds `WHERE ...` (or an empty string) for the filter model over the given columns. */
export function whereClause(filter: FilterModel | undefined, columns: ColumnInfo[]): SqlFragment {
  const params: QueryParams = {};
  const parts: string[] = [];
  const bind = (value: string | number): string => {
    const name = `f${Object.keys(params).length}`;
    params[name] = value;
    return `$${name}`;
  };
  for (const [columnName, model] of Object.entries(filter ?? {})) {
    const column = requireColumn(columns, columnName);
    parts.push(modelSql(quoteIdentifier(column.name), column, model, bind));
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Builds `ORDER BY ...` (or an empty string) for the sort model over the given columns. */
export function orderByClause(sort: SortSpec[] | undefined, columns: ColumnInfo[]): string {
  const terms = (sort ?? []).map((spec) => {
    const column = requireColumn(columns, spec.column);
    const direction = spec.direction === 'desc' ? 'DESC' : 'ASC';
    return `${quoteIdentifier(column.name)} ${direction} NULLS LAST`;
  });
  return terms.length > 0 ? `ORDER BY ${terms.join(', ')}` : '';
}

type Bind = (value: string | number) => string;

function requireColumn(columns: ColumnInfo[], name: string): ColumnInfo {
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
    default:
      throw new FilterError(`Unknown filter type on "${info.name}"`);
  }
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
