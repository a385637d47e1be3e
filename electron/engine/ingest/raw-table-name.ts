// Chooses the name of the raw table a file loads into: readable, derived from the file name, never clashing.
import { basename } from 'node:path';

export function rawTableName(filePath: string, taken: ReadonlySet<string>): string {
  const stem = basename(filePath)
    .replace(/(\.gz)$/i, '')
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const base = `raw_${stem || 'file'}`;
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}_${n}`;
  return name;
}
