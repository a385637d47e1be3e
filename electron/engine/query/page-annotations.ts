// The event annotations on one grid page's rows: DuckDB finds those of the page's rows by source file and line, and
// each is handed to the page rows it names.
import { ANNOTATED_ROW_TABLES, type AnnotationTag, type RowAnnotationNote } from '../../../shared/model/annotations';
import type { PageRow, PageRowAnnotations } from '../../../shared/model/page';
import type { Session } from '../db/case-database';
import pageAnnotationsSql from '../sql/query/page-annotations.sql?raw';

interface NoteRow {
  [column: string]: string;
  row_key: string;
  tag: AnnotationTag;
  comment: string;
}

/** A row's identity as the SQL writes it (concat leaves a NULL line out). */
const rowKey = (row: PageRow): string => `${String(row.source_id)}:${row.line_number === null ? '' : String(row.line_number)}`;

/**
 * The page's annotated rows, or undefined for a table whose rows do not name a canonical row. Pages carry every
 * column of their table, so a first row without the identity columns means a table (an older case's) that lacks them.
 */
export async function pageAnnotations(session: Session, table: string, rows: PageRow[]): Promise<PageRowAnnotations[] | undefined> {
  if (!ANNOTATED_ROW_TABLES.includes(table)) return undefined;
  const [first] = rows;
  if (first === undefined) return [];
  if (!('source_id' in first && 'line_number' in first)) return undefined;
  const keys = rows.map(rowKey);
  const found = await session.query<NoteRow>(pageAnnotationsSql, { row_keys: keys });
  if (found.length === 0) return [];
  const notes = new Map<string, RowAnnotationNote[]>();
  for (const { row_key, tag, comment } of found) notes.set(row_key, [...(notes.get(row_key) ?? []), { tag, comment }]);
  // Several rows may share a file and line (one line read into several rows): each carries the line's notes.
  return keys.flatMap((key, index) => {
    const own = notes.get(key);
    return own === undefined ? [] : [{ index, notes: own }];
  });
}
