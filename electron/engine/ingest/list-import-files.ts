// The files an import of some paths would read (folders walked as the import walks them), for the import wizard.
import type { ImportFileList } from '../../../shared/model/import';
import { collectFiles } from './collect-files';

export async function listImportFiles(paths: string[]): Promise<ImportFileList> {
  const { files, unusable } = await collectFiles(paths);
  return {
    files: files.map(({ path, relativePath, bytes }) => ({ path, relativePath, bytes })),
    unusable,
  };
}
