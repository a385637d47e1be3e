// Grid cell that shows SQL NULL as a muted marker, so it is never confused with an empty string.
import type { ReactElement } from 'react';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { PageRow } from '../../../../shared/model/page';

export function NullableCell({ value }: CustomCellRendererProps<PageRow, PageRow[string]>): ReactElement | string {
  if (value === null) return <span className="cell-null">NULL</span>;
  return value === undefined ? '' : String(value);
}
