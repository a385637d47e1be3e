// Streams a file written in UTF-16 or Windows-1252 (gzip or not) into a UTF-8 copy that DuckDB can read.
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { EngineError } from '../engine-error';
import { assertOutsideInputs } from '../files/outside-inputs';
import type { TextEncoding } from './sniff-file';

export interface Utf8Copy {
  path: string;
  /** Deletes the copy and its folder. */
  remove(): void;
}

/**
 * DuckDB reads UTF-8 and Latin-1 (its UTF-16 option refused little-endian files and misread big-endian ones), so
 * other text is decoded here, a chunk at a time, into a copy under the OS temp folder, never beside the client's
 * file: the copy may not lie inside the file's folder or any folder being imported. A byte sequence the encoding does not allow
 * fails the file, naming the encoding, rather than turning into replacement characters.
 */
export async function utf8Copy(
  path: string,
  encoding: Exclude<TextEncoding, 'utf-8'>,
  gzip: boolean,
  roots: readonly string[],
): Promise<Utf8Copy> {
  const folder = join(tmpdir(), 'driftscope-utf8', randomUUID());
  const target = join(folder, 'copy.txt');
  try {
    assertOutsideInputs(target, [dirname(path), ...roots], 'UTF-8 copy');
  } catch {
    throw new EngineError(
      'unsupported',
      `${encoding} text needs a UTF-8 copy, and the temp folder ${tmpdir()} lies inside the folder being read: ` +
        'move the file elsewhere, or point TMPDIR at another folder',
    );
  }
  mkdirSync(folder, { recursive: true });
  const remove = () => rmSync(folder, { recursive: true, force: true });
  const decoder = new TextDecoder(encoding, { fatal: true });
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  try {
    const source = createReadStream(path, { flags: 'r' });
    await (gzip
      ? pipeline(source, createGunzip(), decode, createWriteStream(target, { encoding: 'utf8' }))
      : pipeline(source, decode, createWriteStream(target, { encoding: 'utf8' })));
  } catch (error) {
    remove();
    if (error instanceof TypeError) {
      throw new EngineError('unsupported', `not valid ${encoding.toUpperCase()} text: it holds bytes that encoding does not allow`);
    }
    throw error;
  }
  return { path: target, remove };
}
