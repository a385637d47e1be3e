// Grid column definitions from a table's columns: filter per column kind (limited to what the engine supports).
import type { ColDef, IDateFilterParams, INumberFilterParams, ITextFilterParams } from 'ag-grid-community';
import type { ColumnInfo, ColumnKind } from '../../../../shared/model/case';
import {
  RANGE_FILTER_TYPES,
  TEXT_FILTER_TYPES,
  type PageRow,
  type RangeFilterType,
  type TextFilterType,
} from '../../../../shared/model/page';
import { NullableCell } from './NullableCell';

const TEXT_OPTIONS: TextFilterType[] = [...TEXT_FILTER_TYPES];

const NUMBER_OPTIONS: RangeFilterType[] = [...RANGE_FILTER_TYPES];

const DATE_OPTIONS: RangeFilterType[] = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'];

/** The engine filters; the grid only debounces typing and passes the model on. */
const COMMON_FILTER_PARAMS: Pick<ITextFilterParams, 'maxNumConditions' | 'debounceMs' | 'buttons'> = {
  maxNumConditions: 2,
  debounceMs: 400,
  buttons: ['reset'],
};

const TEXT_FILTER = {
  filter: 'agTextColumnFilter',
  filterParams: { ...COMMON_FILTER_PARAMS, filterOptions: TEXT_OPTIONS } satisfies ITextFilterParams,
};

const FILTERS: Record<ColumnKind, Pick<ColDef<PageRow>, 'filter' | 'filterParams'>> = {
  text: TEXT_FILTER,
  boolean: TEXT_FILTER,
  other: TEXT_FILTER,
  number: {
    filter: 'agNumberColumnFilter',
    filterParams: { ...COMMON_FILTER_PARAMS, filterOptions: NUMBER_OPTIONS } satisfies INumberFilterParams,
  },
  date: {
    filter: 'agDateColumnFilter',
    filterParams: { ...COMMON_FILTER_PARAMS, filterOptions: DATE_OPTIONS } satisfies IDateFilterParams,
  },
};

const WIDTHS: Record<ColumnKind, number> = { text: 170, number: 120, date: 190, boolean: 90, other: 170 };

export const DEFAULT_COL_DEF: ColDef<PageRow> = {
  sortable: true,
  resizable: true,
  minWidth: 70,
  cellDataType: false,
  cellRenderer: NullableCell,
};

export function columnDefsFor(columns: ColumnInfo[]): ColDef<PageRow>[] {
  return columns.map((column) => ({
    colId: column.name,
    field: column.name,
    headerName: column.name,
    width: WIDTHS[column.kind],
    ...FILTERS[column.kind],
    ...(column.kind === 'number' ? { type: 'rightAligned' } : {}),
  }));
}
