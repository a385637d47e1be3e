// Expands the paths a user gave (files and folders) into the files to import, oldest rotation of a log first.
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

export interface InputFile {
  path: string;
  /** Path relative to the folder the user gave, or the file name for a file given directly. */
  relativePath: string;
  bytes: number;
  modifiedAt: Date;
}

/** File names a folder walk picks up (with rotation numbers and gzip; `.psv` pipe, `.tab` and `.dat` exports too); a file named explicitly is always taken. */
const DATA_FILE = /\.(csv|tsv|psv|tab|dat|txt|json|jsonl|ndjson|log|parquet)(\.\d+)?(\.gz)?$/i;
const ROTATION = /^(.*?)\.(\d+)(\.gz)?$/i;

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
      for (const found of await walk(path, path)) files.set(found.path, found);
    } else if (info.isFile()) {
      files.set(path, { path, relativePath: basename(path), bytes: info.size, modifiedAt: info.mtime });
    } else {
      unusable.push({ path, reason: `${path}: not a regular file or folder` });
    }
  }
  return { files: inRotationOrder([...files.values()]), unusable };
}

async function walk(folder: string, root: string): Promise<InputFile[]> {
  const found: InputFile[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walk(path, root)));
    } else if (entry.isFile() && DATA_FILE.test(entry.name)) {
      const info = await stat(path);
      found.push({ path, relativePath: relative(root, path).split(sep).join('/'), bytes: info.size, modifiedAt: info.mtime });
    }
  }
  return found;
}

/**
 * Sorts by path, except that a rotated set (`x.log`, `x.log.1`, `x.log.2.gz`) is read oldest first: the highest
 * number first and the live file last, so the set's rows land in time order.
 */
export function inRotationOrder(files: InputFile[]): InputFile[] {
  const key = (file: InputFile): [string, number] => {
    const match = ROTATION.exec(file.path);
    const stem = match?.[1] ?? file.path.replace(/\.gz$/i, '');
    const rotation = match?.[2] === undefined ? -1 : Number(match[2]);
    return [stem, rotation];
  };
  return [...files].sort((a, b) => {
    const [stemA, rotationA] = key(a);
    const [stemB, rotationB] = key(b);
    if (stemA !== stemB) return stemA < stemB ? -1 : 1;
    return rotationB - rotationA;
  });
}
