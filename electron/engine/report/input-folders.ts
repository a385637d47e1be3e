// The folders a case's originals were imported from: reports and exports must never be written inside them.
import type { Session } from '../db/case-database';
import inputFoldersSql from '../sql/report/input-folders.sql?raw';

export async function inputFolders(session: Session): Promise<string[]> {
  const rows = await session.query<{ folder: string }>(inputFoldersSql);
  return rows.map((row) => row.folder);
}
