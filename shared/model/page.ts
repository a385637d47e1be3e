// Requests and responses for paging any case table, with sort and filter pushed down to DuckDB.

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

export type ColumnCondition = TextCondition | NumberCondition | DateCondition;

export interface CombinedCondition {
  filterType: ColumnCondition['filterType'];
  operator: 'AND' | 'OR';
  conditions: ColumnCondition[];
}

/** Per-column filters in the shape ag-grid's filter model uses, keyed by column name. */
export type FilterModel = Record<string, ColumnCondition | CombinedCondition>;

export interface PageRequest {
  table: string;
  startRow: number;
  endRow: number;
  sort?: SortSpec[];
  filter?: FilterModel;
}

/** One row as JSON-safe values: big integers, decimals and times arrive as strings. */
export type PageRow = Record<string, string | number | boolean | null>;

export interface PageResponse {
  rows: PageRow[];
  /** Rows matching the filter in the whole table. */
  rowCount: number;
}

export interface ExportCsvRequest {
  table: string;
  sort?: SortSpec[];
  filter?: FilterModel;
  /** Absolute path of the CSV file to write. */
  path: string;
}

export interface ExportCsvResult {
  path: string;
  rowsWritten: number;
}
