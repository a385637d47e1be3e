// Looks at the first bytes of a file (decompressing gzip) to tell its shape and text encoding before DuckDB reads it.
import { open } from 'node:fs/promises';
import { gunzipSync, constants as zlib } from 'node:zlib';
import { EngineError } from '../engine-error';
import { LOG_RECORD_OPENER } from './log-layout';

/**
 * `json-array` is a JSON document read whole: an array of records, or objects printed over several lines.
 * `text-log` is a plain-text log: records that open with a time or a level, some running over several lines.
 */
export type FileShape = 'delimited' | 'ndjson' | 'json-array' | 'parquet' | 'text-log';
/** Text encodings Driftscope reads: UTF-8 directly, the others through a UTF-8 copy (transcode-file.ts). */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface FileSniff {
  shape: FileShape;
  gzip: boolean;
  /** The encoding the file is written in. */
  encoding: TextEncoding;
  /** Set when the encoding is not plain UTF-8, or the sample holds binary bytes: the manifest keeps it. */
  encodingNote: string | null;
  empty: boolean;
  /**
   * Why the file is text but no table (a plain log, a note), or null. Such a file is kept line by line rather than
   * split into columns at whatever comma it holds, and no format is looked for in it.
   */
  notTabular: string | null;
}

const SAMPLE_BYTES = 1 << 20;
// eslint-disable-next-line no-control-regex -- looking for exactly these bytes
const CONTROL_BYTES = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;
/** Bytes counted for the UTF-16 and binary tests: enough for many lines, cheap to count. */
const PROBE_BYTES = 4096;

/** Formats a consultant may have renamed to .csv or .txt, told by their first bytes, with what to do instead. */
const BINARY_SIGNATURES: readonly { bytes: number[]; what: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (an Excel .xlsx workbook, or zipped exports): save a workbook as CSV, or unzip the exports and import their folder',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Office document (an Excel .xls workbook?): save or export it as CSV' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document: export the data itself as CSV' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], what: 'UTF-32 text, which Driftscope does not read: save it as UTF-8' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], what: 'UTF-32 text, which Driftscope does not read: save it as UTF-8' },
];

export async function sniffFile(path: string): Promise<FileSniff> {
  const raw = await readHead(path, SAMPLE_BYTES);
  const gzip = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  const head = gzip ? gunzipHead(raw) : raw;
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') {
    return { shape: 'parquet', gzip, encoding: 'utf-8', encodingNote: null, empty: false, notTabular: null };
  }
  const { encoding, encodingNote } = textEncoding(head, raw.length < SAMPLE_BYTES);
  const text = decodeSample(head, encoding).replace(/^\uFEFF/, '');
  const body = text.trimStart();
  const document = body[0] === '[' || (body[0] === '{' && printedOverLines(body));
  const json = document || wrappedRecords(body, raw.length < SAMPLE_BYTES) ? 'json-array' : body[0] === '{' ? 'ndjson' : null;
  const empty = text.trim() === '';
  const shape: FileShape = json ?? (!empty && isTextLog(body) ? 'text-log' : 'delimited');
  const notTabular = shape === 'delimited' && !empty ? notATable(body) : null;
  return { shape, gzip, encoding, encodingNote, empty, notTabular };
}

/**
 * A JSON document printed over many lines is one record, not JSON lines: its first line is `{` alone, or neither
 * of its first two lines is a whole JSON value (`{"account_id": 1, "inventory": [` then `{"sku": ...},`). One
 * broken line among JSON lines leaves the line after it whole.
 */
function printedOverLines(body: string): boolean {
  const [first, second] = body.split(/\r?\n/, 3).slice(0, 2).map((line) => line.trim());
  if (first === '{') return true;
  return second !== undefined && second !== '' && !wholeJson(first ?? '') && !wholeJson(second);
}

function wholeJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/**
 * Property names under which API responses return their records: a document that is one object holding one array
 * under such a name is read as those records (stage-json-array.sql), not as one row.
 */
export const RECORD_LIST_KEYS: readonly string[] = [
  'errors', 'resolved', 'data', 'records', 'items', 'results', 'nodes', 'rows', 'entries', 'events', 'logs', 'value', 'values',
  'list', 'hits', 'executions', 'result',
];

/**
 * A whole file on one line holding one object whose records sit in an array (an API response such as
 * `{"errors":[...],"nextPageURL":null}` saved as is) is a document, not JSON lines with one record.
 */
function wrappedRecords(body: string, complete: boolean): boolean {
  if (!complete || body[0] !== '{' || body.trimEnd().includes('\n')) return false;
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    return Object.entries(value).some(
      ([key, property]) => RECORD_LIST_KEYS.includes(key.toLowerCase()) && Array.isArray(property) && typeof property[0] === 'object',
    );
  } catch {
    return false;
  }
}

const LOG_OPENER = new RegExp(LOG_RECORD_OPENER);
/** A log line without a date: a level first, optionally bracketed (`WARN  slow response`, `[ERROR] push failed`). */
const LEVEL_FIRST = /^\s*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL)\]?[\s:]/;
const TABLE_DELIMITERS = [',', '\t', ';', '|'];
const SAMPLE_LINES = 50;
/** A line of this many words or more is a sentence. */
const PROSE_WORDS = 8;

/**
 * Whether the sampled text is a plain-text log: its first line opens a record and at least a quarter of its lines
 * do (the rest continue them). A CSV whose first column is a time has a header line first, which opens none.
 */
function isTextLog(body: string): boolean {
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
  const opening = lines.filter((line) => LOG_OPENER.test(line)).length;
  return lines.length > 0 && LOG_OPENER.test(lines[0] ?? '') && opening >= lines.length / 4;
}

/**
 * Why the sampled text is no table, or null: a log whose lines open with a level but carry no date (its commas are
 * in its messages, not between columns), or prose (no delimiter splits the first line, which reads as a sentence
 * rather than a column name, or the lines below it hold sentences).
 */
function notATable(body: string): string | null {
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
  const first = lines[0] ?? '';
  if (lines.filter((line) => LEVEL_FIRST.test(line)).length >= Math.max(1, lines.length * 0.6)) {
    return 'a plain-text log whose lines carry no date, not a table: kept line by line, with no format looked for';
  }
  const splits = TABLE_DELIMITERS.some((delimiter) => first.split(delimiter).length >= 2);
  const words = (line: string) => line.trim().split(/\s+/).length;
  // A one-column table holds names or codes, never sentences: an e-mail's `From: ...` line opens prose.
  const sentences = lines.some((line) => words(line) >= PROSE_WORDS);
  if (!splits && (words(first) > 4 || /[.!?]$/.test(first.trim()) || sentences)) {
    return 'text that is not a table (no delimiter splits its lines and its first line reads as a sentence, not a column name): kept line by line, with no format looked for';
  }
  return null;
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

/**
 * The encoding of a text sample, or an error naming what the file is when it is no text Driftscope can read.
 * A byte-order mark decides; without one, UTF-16 shows as a NUL beside nearly every ASCII character, always on the
 * same side. Text that is not valid UTF-8 is read as Windows-1252, the superset of Latin-1 that Western exports use
 * (DuckDB's Latin-1 would turn its curly quotes and euro sign into control characters).
 */
function textEncoding(sample: Buffer, complete: boolean): Pick<FileSniff, 'encoding' | 'encodingNote'> {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((byte, i) => sample[i] === byte)) {
      throw new EngineError('unsupported', `not a text file: it is ${signature.what}`);
    }
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return utf16('utf-16le', 'with a byte-order mark');
  if (sample[0] === 0xfe && sample[1] === 0xff) return utf16('utf-16be', 'with a byte-order mark');
  const probe = sample.subarray(0, PROBE_BYTES);
  const [evenNuls, oddNuls] = nulsByParity(probe);
  const pairs = Math.floor(probe.length / 2);
  if (pairs > 0 && oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) return utf16('utf-16le', 'without a byte-order mark');
  if (pairs > 0 && evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) return utf16('utf-16be', 'without a byte-order mark');
  if (evenNuls + oddNuls > probe.length * 0.1) {
    throw new EngineError('unsupported', 'not a text file: a tenth of its first bytes are NUL, as in binary data or an unknown encoding');
  }
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
    return { encoding: 'windows-1252', encodingNote: 'not valid UTF-8: read as Windows-1252 (check accented text)' };
  }
}

function utf16(encoding: 'utf-16le' | 'utf-16be', how: string): Pick<FileSniff, 'encoding' | 'encodingNote'> {
  const order = encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
  return { encoding, encodingNote: `UTF-16 text (${order}, ${how}): read through a UTF-8 copy outside the client's folder` };
}

function nulsByParity(bytes: Buffer): [number, number] {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  return [even, odd];
}

function decodeSample(sample: Buffer, encoding: TextEncoding): string {
  // An odd trailing byte of a cut UTF-16 sample is dropped rather than decoded as garbage.
  const whole = encoding.startsWith('utf-16') ? sample.subarray(0, sample.length - (sample.length % 2)) : sample;
  return new TextDecoder(encoding).decode(whole);
}
