// Copies the first bytes of a text file (gzip or not), cut after a whole line, so a preview reads a large file's start only.
import { createReadStream, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { tempCopy, type TempCopy } from '../files/temp-copy';

export interface HeadCopy extends TempCopy {
  /** The file holds more than the copy. */
  truncated: boolean;
}

/**
 * The copy goes under the OS temp folder, never beside the client's file or inside a folder being imported. DuckDB's
 * reader cannot stop early itself: a LIMIT on read_csv loses the lines it refused, which give the line numbers.
 */
export async function headCopy(path: string, gzip: boolean, maxBytes: number, roots: readonly string[]): Promise<HeadCopy> {
  const copy = tempCopy('driftscope-head', 'head.txt', path, roots, "a preview reads a copy of the file's start");
  try {
    const { head, truncated } = await readHead(path, gzip, maxBytes);
    writeFileSync(copy.path, head);
    return { ...copy, truncated };
  } catch (error) {
    copy.remove();
    throw error;
  }
}

/** The file's (decompressed) start: all of it when it fits, else up to the last line break within maxBytes. */
async function readHead(path: string, gzip: boolean, maxBytes: number): Promise<{ head: Buffer; truncated: boolean }> {
  const source = createReadStream(path, { flags: 'r', highWaterMark: 1 << 20 });
  const stream = gzip ? source.pipe(createGunzip()) : source;
  const chunks: Buffer[] = [];
  let bytes = 0;
  let truncated = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      bytes += chunk.length;
      if (bytes > maxBytes) {
        truncated = true;
        break;
      }
    }
  } finally {
    source.destroy();
    stream.destroy();
  }
  const whole = Buffer.concat(chunks);
  if (!truncated) return { head: whole, truncated };
  const lastBreak = whole.subarray(0, maxBytes).lastIndexOf(0x0a);
  return { head: whole.subarray(0, lastBreak < 0 ? maxBytes : lastBreak + 1), truncated };
}
