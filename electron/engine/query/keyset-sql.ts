// Keyset conditions over a view's order: "at or after" and "before" one row, given its sort keys and rowid.
import type { ParamBinder } from './filter-sql';
import type { SortTerm, TableView } from './table-view';

/** One row's place in a view's order: its sort keys as DuckDB writes them as text (null for NULL), and its rowid. */
export interface KeyPoint {
  keys: (string | null)[];
  rowid: number;
}

const BINDABLE_TEXT_TYPES = new Set(['VARCHAR', 'UUID', 'JSON']);

/**
 * Whether every sort key survives the trip to text and back unchanged (numbers, times, dates, booleans, strings),
 * so a key can be bound as a value. Other types (lists, structs, enums) are paged without keysets.
 */
export function keysBindable(view: TableView): boolean {
  return view.sort.every(({ column }) => {
    if (column.kind === 'number' || column.kind === 'date' || column.kind === 'boolean') return true;
    return column.kind === 'text' && BINDABLE_TEXT_TYPES.has(column.duckdbType.toUpperCase());
  });
}

/** Rows at or after the point in the view's order (its sort, NULLs last, then rowid). */
export function atOrAfter(view: TableView, point: KeyPoint, binder: ParamBinder): string {
  return chain(view.sort, point, binder, `rowid >= ${binder.bind(point.rowid)}`, 'after');
}

/** Rows strictly before the point in the view's order. */
export function before(view: TableView, point: KeyPoint, binder: ParamBinder): string {
  return chain(view.sort, point, binder, `rowid < ${binder.bind(point.rowid)}`, 'before');
}

/** Rows at or before the point in the view's order. */
export function atOrBefore(view: TableView, point: KeyPoint, binder: ParamBinder): string {
  return chain(view.sort, point, binder, `rowid <= ${binder.bind(point.rowid)}`, 'before');
}

/**
 * Simple conditions that rows from `first` to `last` (both included) also meet, which DuckDB can push into the table
 * scan (the lexicographic ORs cannot be): a range on the first sort key, and a rowid range when both points tie on
 * every key. They skip whole row groups by their min/max statistics, which is what makes a keyset page cheap.
 */
export function between(view: TableView, first: KeyPoint, last: KeyPoint, binder: ParamBinder): string[] {
  const rowids = [`rowid >= ${binder.bind(first.rowid)}`, `rowid <= ${binder.bind(last.rowid)}`];
  const term = view.sort[0];
  if (term === undefined) return rowids;
  const valueOf = (key: string | null) => (key === null ? null : `CAST(${binder.bind(key)} AS ${term.column.duckdbType})`);
  const low = valueOf(first.keys[0] ?? null);
  const high = valueOf(last.keys[0] ?? null);
  const [from, to] = term.direction === 'desc' ? ['<=', '>='] : ['>=', '<='];
  const conditions = [low === null ? `${term.sql} IS NULL` : `(${term.sql} ${from} ${low} OR ${term.sql} IS NULL)`];
  if (high !== null) conditions.push(`${term.sql} ${to} ${high}`);
  if (first.keys.every((key, i) => key === last.keys[i])) conditions.push(...rowids);
  return conditions;
}

/** Lexicographic comparison, built from the last key outwards: strictly past key i, or equal on it and past the rest. */
function chain(sort: SortTerm[], point: KeyPoint, binder: ParamBinder, tail: string, side: 'after' | 'before'): string {
  let condition = tail;
  for (let i = sort.length - 1; i >= 0; i -= 1) {
    const term = sort[i] as SortTerm;
    const key = point.keys[i] ?? null;
    const value = key === null ? null : `CAST(${binder.bind(key)} AS ${term.column.duckdbType})`;
    const same = value === null ? `${term.sql} IS NULL` : `${term.sql} = ${value}`;
    const past = side === 'after' ? after(term, value) : beforeValue(term, value);
    condition = past === null ? `(${same} AND ${condition})` : `(${past} OR (${same} AND ${condition}))`;
  }
  return condition;
}

/** Values strictly after `value` with NULLs last: nothing is after NULL. */
function after(term: SortTerm, value: string | null): string | null {
  if (value === null) return null;
  return `(${term.sql} ${term.direction === 'desc' ? '<' : '>'} ${value} OR ${term.sql} IS NULL)`;
}

/** Values strictly before `value` with NULLs last: every value is before NULL. */
function beforeValue(term: SortTerm, value: string | null): string {
  if (value === null) return `${term.sql} IS NOT NULL`;
  return `${term.sql} ${term.direction === 'desc' ? '>' : '<'} ${value}`;
}
