// The grid's column order and visibility per table, kept in the case file so they travel with the case.
import type { GridPrefs } from '../../../shared/model/page';
import type { Session } from '../db/case-database';
import gridPrefsEnsureSql from '../sql/query/grid-prefs-ensure.sql?raw';
import gridPrefsReadSql from '../sql/query/grid-prefs-read.sql?raw';
import gridPrefsWriteSql from '../sql/query/grid-prefs-write.sql?raw';
import { requireTable } from './table-catalog';

/** The saved columns of a table, or null when none were saved (the grid then shows every column in table order). */
export async function getGridPrefs(session: Session, table: string): Promise<GridPrefs | null> {
  await session.run(gridPrefsEnsureSql);
  const [row] = await session.query<{ columns: string }>(gridPrefsReadSql, { table });
  if (row === undefined) return null;
  return { table, columns: JSON.parse(row.columns) as GridPrefs['columns'] };
}

export async function saveGridPrefs(session: Session, prefs: GridPrefs): Promise<GridPrefs> {
  await requireTable(session, prefs.table);
  await session.run(gridPrefsEnsureSql);
  await session.run(gridPrefsWriteSql, { table: prefs.table, columns: JSON.stringify(prefs.columns) });
  return prefs;
}
