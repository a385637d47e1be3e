// Requests and responses for paging any case table, with sort and filter pushed down to DuckDB.
import type { RowAnnotationNote } from './annotations';

export type SortDirection = 'asc' | 'desc';

export interface SortSpec {
  column: string;
  direction: SortDirection;
}

/** Text conditions the engine can push down, in the grid's names. */
export const TEXT_FILTER_TYPES = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
] as const;

export type TextFilterType = (typeof TEXT_FILTER_TYPES)[number];

/** Number and date conditions the engine can push down, in the grid's names. */
export const RANGE_FILTER_TYPES = [
  'equals',
  'notEqual',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
] as const;

export type RangeFilterType = (typeof RANGE_FILTER_TYPES)[number];

export interface TextCondition {
  filterType: 'text';
  type: TextFilterType;
  filter?: string | null;
}

export interface NumberCondition {
  filterType: 'number';
  type: RangeFilterType;
  filter?: number | null;
  filterTo?: number | null;
}

export interface DateCondition {
  filterType: 'date';
  type: RangeFilterType;
  /** 'YYYY-MM-DD hh:mm:ss' as the grid's date filter writes it. */
  dateFrom?: string | null;
  dateTo?: string | null;
}

/** A column's value is one of these (null stands for SQL NULL): the set-of-values filter. */
export interface SetCondition {
  filterType: 'set';
  values: (string | null)[];
}

/** The most values one set filter may list. */
export const MAX_SET_VALUES = 1000;

export type ColumnCondition = TextCondition | NumberCondition | DateCondition | SetCondition;

/** Two conditions of ag-grid's simple filters on one column; a set filter stands alone. */
export interface CombinedCondition {
  filterType: Exclude<ColumnCondition['filterType'], 'set'>;
  operator: 'AND' | 'OR';
  conditions: Exclude<ColumnCondition, SetCondition>[];
}

/** Per-column filters in the shape ag-grid's filter model uses, keyed by column name. */
export type FilterModel = Record<string, ColumnCondition | CombinedCondition>;

/** The longest quick-find text. */
export const MAX_QUICK_FIND = 200;

/** Which rows of a table the grid shows and in what order: its sort, column filters and quick-find text. */
export interface ViewQuery {
  table: string;
  sort?: SortSpec[];
  filter?: FilterModel;
  /** Text searched (case-insensitively, as a substring) across the table's text columns; empty finds everything. */
  quickFind?: string;
}

export interface PageRequest extends ViewQuery {
  startRow: number;
  endRow: number;
}

/** One row as JSON-safe values: big integers, decimals and times arrive as strings. */
export type PageRow = Record<string, string | number | boolean | null>;

/** The annotations on one row of a page, by the row's index in the page's rows. */
export interface PageRowAnnotations {
  index: number;
  /** Oldest first. */
  notes: RowAnnotationNote[];
}

export interface PageResponse {
  rows: PageRow[];
  /** Rows matching the filter in the whole table. */
  rowCount: number;
  /** For the tables of ANNOTATED_ROW_TABLES: the page's rows that carry event annotations (the others have none). */
  annotated?: PageRowAnnotations[];
}

export interface ExportCsvRequest extends ViewQuery {
  /** Absolute path of the CSV file to write. */
  path: string;
  /** The columns to write, in this order (the grid's visible ones); every column when absent. */
  columns?: string[];
}

export interface ExportCsvResult {
  path: string;
  rowsWritten: number;
}

/** Where one row (by its source file and line) sits in a view. */
export interface LocateRowRequest extends ViewQuery {
  source_id: number;
  line_number: number | null;
}

export interface LocateRowResult {
  /** The row's index in the view, or null when the table has no such row or the view's filters hide it. */
  index: number | null;
  /** Whether the table holds the row at all. */
  inTable: boolean;
}

/** The distinct values of one column with their counts, under the view's other filters. */
export interface ColumnValuesRequest extends ViewQuery {
  column: string;
  /** Only values containing this text (case-insensitive). */
  search?: string;
  /** How many values at most, most frequent first; defaults to 200. */
  limit?: number;
}

export interface ColumnValue {
  /** The value as text; null for SQL NULL. */
  value: string | null;
  count: number;
}

export interface ColumnValues {
  values: ColumnValue[];
  /** How many distinct values match in all, of which `values` holds the most frequent. */
  distinct: number;
}

/** A table's columns as the consultant arranged them in the grid: order and visibility, kept in the case file. */
export interface GridPrefs {
  table: string;
  columns: { name: string; hidden: boolean }[];
}
