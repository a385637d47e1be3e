// Looks at the first bytes of a file (decompressing gzip) to tell its shape and text encoding before DuckDB reads it.
import { open } from 'node:fs/promises';
import { gunzipSync, constants as zlib } from 'node:zlib';

export type FileShape = 'delimited' | 'ndjson' | 'json-array' | 'parquet';
export type TextEncoding = 'utf-8' | 'latin-1';

export interface FileSniff {
  shape: FileShape;
  gzip: boolean;
  /** Encoding DuckDB should read the text with; Windows-1252 exports read as Latin-1. */
  encoding: TextEncoding;
  /** Set when the sample was not valid UTF-8. */
  encodingNote: string | null;
  empty: boolean;
}

const SAMPLE_BYTES = 1 << 20;
// eslint-disable-next-line no-control-regex -- looking for exactly these bytes
const CONTROL_BYTES = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;

export async function sniffFile(path: string): Promise<FileSniff> {
  const raw = await readHead(path, SAMPLE_BYTES);
  const gzip = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  const head = gzip ? gunzipHead(raw) : raw;
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') {
    return { shape: 'parquet', gzip, encoding: 'utf-8', encodingNote: null, empty: false };
  }
  const { encoding, encodingNote } = textEncoding(head, raw.length < SAMPLE_BYTES);
  const text = head.toString(encoding === 'utf-8' ? 'utf8' : 'latin1').replace(/^\uFEFF/, '');
  const first = text.trimStart()[0];
  const shape: FileShape = first === '{' ? 'ndjson' : first === '[' ? 'json-array' : 'delimited';
  return { shape, gzip, encoding, encodingNote, empty: text.trim() === '' };
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decompresses as much of a truncated gzip stream as the sample holds. */
function gunzipHead(compressed: Buffer): Buffer {
  try {
    return gunzipSync(compressed, { finishFlush: zlib.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

function textEncoding(sample: Buffer, complete: boolean): { encoding: TextEncoding; encodingNote: string | null } {
  // A sample cut mid-character must not count as invalid: drop up to 3 trailing bytes of an unfinished sequence.
  const checked = complete ? sample : sample.subarray(0, Math.max(0, sample.length - 3));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(checked);
    return { encoding: 'utf-8', encodingNote: null };
  } catch {
    // Control bytes mean corrupt lines (binary garbage), not a legacy text encoding: read as UTF-8 and let the
    // reader reject those lines one by one.
    if (CONTROL_BYTES.test(checked.toString('latin1'))) {
      return { encoding: 'utf-8', encodingNote: 'contains binary bytes: lines that are not text are rejected' };
    }
    return {
      encoding: 'latin-1',
      encodingNote: 'not valid UTF-8: read as Windows-1252/Latin-1 (check accented text)',
    };
  }
}
