// Streams a file written in UTF-16 or Windows-1252 (gzip or not) into a UTF-8 copy that DuckDB can read.
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { EngineError } from '../engine-error';
import { tempCopy, type TempCopy } from '../files/temp-copy';
import type { TextEncoding } from './sniff-file';

export type Utf8Copy = TempCopy;

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
  const copy = tempCopy('driftscope-utf8', 'copy.txt', path, roots, `${encoding} text needs a UTF-8 copy`);
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
      ? pipeline(source, createGunzip(), decode, createWriteStream(copy.path, { encoding: 'utf8' }))
      : pipeline(source, decode, createWriteStream(copy.path, { encoding: 'utf8' })));
  } catch (error) {
    copy.remove();
    if (error instanceof TypeError) {
      throw new EngineError('unsupported', `not valid ${encoding.toUpperCase()} text: it holds bytes that encoding does not allow`);
    }
    throw error;
  }
  return copy;
}
