// Expands the paths a user gave (files and folders) into the list of files to import, with sizes.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface InputFile {
  path: string;
  bytes: number;
  modifiedAt: Date;
}

/** File names a folder walk picks up; a file named explicitly is always taken. */
const DELIMITED_TEXT = /\.(csv|tsv|txt)(\.gz)?$/i;

/** A path the user gave that cannot be imported, with the reason. */
export interface UnusablePath {
  path: string;
  reason: string;
}

export interface CollectedFiles {
  files: InputFile[];
  unusable: UnusablePath[];
}

export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const files = new Map<string, InputFile>();
  const unusable: UnusablePath[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (info === null) {
      unusable.push({ path, reason: `${path}: no such file or folder` });
    } else if (info.isDirectory()) {
      for (const found of await walk(path)) files.set(found.path, found);
    } else if (info.isFile()) {
      files.set(path, { path, bytes: info.size, modifiedAt: info.mtime });
    } else {
      unusable.push({ path, reason: `${path}: not a regular file or folder` });
    }
  }
  return { files: [...files.values()], unusable };
}

async function walk(folder: string): Promise<InputFile[]> {
  const found: InputFile[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walk(path)));
    } else if (entry.isFile() && DELIMITED_TEXT.test(entry.name)) {
      const info = await stat(path);
      found.push({ path, bytes: info.size, modifiedAt: info.mtime });
    }
  }
  return found;
}
