// A fresh folder under the OS temp folder for a working copy of a client file, never beside it or in a folder being imported.
import { mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EngineError } from '../engine-error';
import { assertOutsideInputs } from './outside-inputs';

export interface TempCopy {
  /** Where to write the copy. */
  path: string;
  /** Deletes the copy and its folder. */
  remove(): void;
}

/**
 * Makes the folder for a copy of `source` (under `area` in the OS temp folder), refusing when it would lie inside
 * the source's folder or any of `roots`; `why` says what needs the copy, for that refusal.
 */
export function tempCopy(area: string, name: string, source: string, roots: readonly string[], why: string): TempCopy {
  const folder = join(tmpdir(), area, randomUUID());
  const path = join(folder, name);
  try {
    assertOutsideInputs(path, [dirname(source), ...roots], 'working copy');
  } catch {
    throw new EngineError(
      'unsupported',
      `${why}, and the temp folder ${tmpdir()} lies inside the folder being read: move the file elsewhere, or point TMPDIR at another folder`,
    );
  }
  mkdirSync(folder, { recursive: true });
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
