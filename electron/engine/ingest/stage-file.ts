// Reads one file of any supported shape into the connection's temporary staging table, as text, in file order.
import type { Session } from '../db/case-database';
import stageClearSql from '../sql/stage-clear.sql?raw';
import stageDelimitedSql from '../sql/stage-delimited.sql?raw';
import stageDelimitedTypedSql from '../sql/stage-delimited-typed.sql?raw';
import stageLinesSql from '../sql/stage-lines.sql?raw';
import stageJsonArraySql from '../sql/stage-json-array.sql?raw';
import stageParquetSql from '../sql/stage-parquet.sql?raw';
import stageJsonKeysSql from '../sql/stage-json-keys.sql?raw';
import stageRejectsEnsureSql from '../sql/stage-rejects-ensure.sql?raw';
import stageRejectOffsetsSql from '../sql/stage-reject-offsets.sql?raw';
import stageRejectCountSql from '../sql/stage-reject-count.sql?raw';
import { RECORD_LIST_KEYS, type FileSniff } from './sniff-file';
import { headCopy } from './head-copy';
import { utf8Copy } from './transcode-file';

/** How the staged records are laid out: named text columns, or one `line` of JSON per record. */
export interface StagedFile {
  layout: 'columns' | 'json';
  /** Column names, or for JSON the top-level and dotted nested keys seen in the records. */
  columns: string[];
  /** Lines before the first record (the header row of a delimited file). */
  headerLines: number;
  /** Lines the reader itself refused (wrong column count, bad bytes); their rows are in temp.csv_reject_errors. */
  readerRejects: number;
  /** Only the start of the file was read (StageOptions.headBytes): it holds more records. */
  truncated: boolean;
}

const JSON_KEY_SAMPLE_ROWS = 5000;

export interface StageOptions {
  /**
   * Asks DuckDB to type a delimited file's columns itself: for a file kept as a raw table, where no mapping reads
   * the text. Mapped files stay text so a value that does not fit a guessed type is never lost to the guess.
   */
  typed?: boolean;
  /** The folders being imported, which a UTF-8 copy of a file in another encoding must stay out of. */
  roots?: readonly string[];
  /**
   * Reads only about this many bytes of text from the start, cut after a whole line (a preview), for the shapes read
   * line by line (delimited text, JSON lines); Parquet and JSON documents are read whole.
   */
  headBytes?: number;
}

export async function stageFile(session: Session, path: string, sniff: FileSniff, options: StageOptions = {}): Promise<StagedFile> {
  await session.run(stageClearSql);
  const roots = options.roots ?? [];
  const utf8 = sniff.encoding === 'utf-8' ? null : await utf8Copy(path, sniff.encoding, sniff.gzip, roots);
  try {
    const text = utf8?.path ?? path;
    if (options.headBytes === undefined || (sniff.shape !== 'delimited' && sniff.shape !== 'ndjson')) {
      return { ...(await stageText(session, text, sniff, options.typed === true)), truncated: false };
    }
    // A UTF-8 copy is already decompressed.
    const head = await headCopy(text, utf8 === null && sniff.gzip, options.headBytes, roots);
    try {
      return { ...(await stageText(session, head.path, sniff, options.typed === true)), truncated: head.truncated };
    } finally {
      head.remove();
    }
  } finally {
    utf8?.remove();
  }
}

async function stageText(session: Session, path: string, sniff: FileSniff, typed: boolean): Promise<Omit<StagedFile, 'truncated'>> {
  let staged: Omit<StagedFile, 'truncated' | 'readerRejects'>;
  // Text that is no table, and an empty file, are kept one line per row: split at their commas they are nonsense.
  const lines = sniff.empty || sniff.notTabular !== null;
  switch (lines ? 'lines' : sniff.shape) {
    case 'lines':
      await session.run(stageLinesSql, { path });
      staged = { layout: 'columns', columns: ['line'], headerLines: 0 };
      break;
    case 'delimited':
      await session.run(typed ? stageDelimitedTypedSql : stageDelimitedSql, { path });
      staged = { layout: 'columns', columns: await stageColumns(session), headerLines: 1 };
      break;
    case 'parquet':
      await session.run(stageParquetSql, { path });
      staged = { layout: 'columns', columns: await stageColumns(session), headerLines: 0 };
      break;
    case 'ndjson':
      await session.run(stageLinesSql, { path });
      staged = { layout: 'json', columns: await jsonKeys(session), headerLines: 0 };
      break;
    case 'json-array':
      await session.run(stageJsonArraySql, { path, record_keys: [...RECORD_LIST_KEYS] });
      staged = { layout: 'json', columns: await jsonKeys(session), headerLines: 0 };
      break;
  }
  await session.run(stageRejectsEnsureSql);
  await session.run(stageRejectOffsetsSql, { header_lines: staged.headerLines });
  const [offsets] = await session.query<{ rejected: string }>(stageRejectCountSql);
  return { ...staged, readerRejects: Number(offsets?.rejected ?? 0) };
}

async function stageColumns(session: Session): Promise<string[]> {
  return (await session.describe('SELECT * FROM temp.stage')).map((column) => column.name);
}

async function jsonKeys(session: Session): Promise<string[]> {
  const rows = await session.query<{ key: string }>(stageJsonKeysSql, { sample_rows: JSON_KEY_SAMPLE_ROWS });
  return rows.map((row) => row.key);
}
