// The annotations a grid row carries for its badge, attached to the page's rows under a symbol: never taken for a
// column, so copying, export and the saved column arrangement see only the table's own columns.
import type { RowAnnotationNote } from '../../../../shared/model/annotations';
import type { PageRow, PageRowAnnotations } from '../../../../shared/model/page';

export const ROW_NOTES: unique symbol = Symbol('row annotations');

export type GridRow = PageRow & { [ROW_NOTES]?: RowAnnotationNote[] };

/** The badge column's id; no case table has a column of that name (a colon is not in canonical names). */
export const NOTES_COLUMN = 'ds:annotations';

/** The page's rows with the engine's annotations attached to those it named (by index in the page). */
export function withRowNotes(rows: PageRow[], annotated: PageRowAnnotations[] = []): GridRow[] {
  const marked: GridRow[] = [...rows];
  for (const { index, notes } of annotated) {
    const row = rows[index];
    if (row !== undefined) marked[index] = { ...row, [ROW_NOTES]: notes };
  }
  return marked;
}

export function rowNotesOf(row: GridRow | undefined): RowAnnotationNote[] {
  return row?.[ROW_NOTES] ?? [];
}
