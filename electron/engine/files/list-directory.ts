// Read-only listing of a local folder, for choosing files where the shell has no native dialog.
import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { DirectoryEntry, DirectoryListing } from '../../../shared/model/files';

export async function listDirectory(path: string | null): Promise<DirectoryListing> {
  const folder = resolve(path ?? homedir());
  const dirents = await readdir(folder, { withFileTypes: true });
  const entries: DirectoryEntry[] = [];
  for (const dirent of dirents) {
    if (dirent.name.startsWith('.')) continue;
    const entryPath = join(folder, dirent.name);
    if (dirent.isDirectory()) {
      entries.push({ name: dirent.name, path: entryPath, kind: 'directory', bytes: null });
    } else if (dirent.isFile()) {
      const info = await stat(entryPath).catch(() => null);
      entries.push({ name: dirent.name, path: entryPath, kind: 'file', bytes: info?.size ?? null });
    }
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1));
  const parent = dirname(folder);
  return { path: folder, parent: parent === folder ? null : parent, entries };
}
