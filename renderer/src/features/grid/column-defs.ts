// Grid column definitions from a table's columns as arranged: filter per column kind (what the engine can push down),
// the set-of-values filter on text columns, order and visibility as saved in the case; tables whose rows can carry
// annotations lead with a narrow pinned column of badges.
import type { ColDef, IDateFilterParams, INumberFilterParams, ITextFilterParams } from 'ag-grid-community';
import type { ColumnInfo, ColumnKind } from '../../../../shared/model/case';
import {
  RANGE_FILTER_TYPES,
  TEXT_FILTER_TYPES,
  type PageRow,
  type RangeFilterType,
  type TextFilterType,
} from '../../../../shared/model/page';
import type { ArrangedColumn } from '../../store/grid-selectors';
import { NullableCell } from './NullableCell';
import { NOTES_COLUMN, type GridRow } from './row-notes';
import { RowNotesCell, RowNotesHeader } from './RowNotesCell';
import { ValuesFilter } from './ValuesFilter';

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

/** Text and yes/no columns list their values with counts; typing in its search box filters by substring. */
const VALUES_FILTER = { filter: ValuesFilter };

const FILTERS: Record<ColumnKind, Pick<ColDef<PageRow>, 'filter' | 'filterParams'>> = {
  text: VALUES_FILTER,
  boolean: VALUES_FILTER,
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

/** Pinned first and not movable, sortable or filterable: the badge belongs to the row, not to the table's data. */
const NOTES_COL_DEF: ColDef<GridRow> = {
  colId: NOTES_COLUMN,
  headerName: 'Annotations',
  headerComponent: RowNotesHeader,
  pinned: 'left',
  lockPinned: true,
  lockPosition: 'left',
  suppressMovable: true,
  width: 54,
  minWidth: 54,
  resizable: false,
  sortable: false,
  filter: false,
  cellRenderer: RowNotesCell,
  cellClass: 'row-notes-cell',
};

/** The table's columns as arranged, after the badge column when its rows can carry annotations. */
export function columnDefsFor(columns: ColumnInfo[], arranged: ArrangedColumn[], withNotes = false): ColDef<GridRow>[] {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const tableColumns = arranged.flatMap(({ name, hidden }): ColDef<GridRow>[] => {
    const column = byName.get(name);
    if (column === undefined) return [];
    return [
      {
        colId: column.name,
        field: column.name,
        headerName: column.name,
        hide: hidden,
        width: WIDTHS[column.kind],
        ...FILTERS[column.kind],
        ...(column.kind === 'number' ? { type: 'rightAligned' } : {}),
      },
    ];
  });
  return withNotes ? [NOTES_COL_DEF, ...tableColumns] : tableColumns;
}
