// Reads one file of any supported shape into the connection's temporary staging table, as text, in file order.
import type { RecordsRule } from '../../../shared/model/mapping';
import type { Session } from '../db/case-database';
import stageClearSql from '../sql/stage-clear.sql?raw';
import stageDelimitedSql from '../sql/stage-delimited.sql?raw';
import stageDelimitedTypedSql from '../sql/stage-delimited-typed.sql?raw';
import stageLinesSql from '../sql/stage-lines.sql?raw';
import stageLogColumnsSql from '../sql/stage-log-columns.sql?raw';
import stageLogLinesSql from '../sql/stage-log-lines.sql?raw';
import stageLogRecordsSql from '../sql/stage-log-records.sql?raw';
import stageJsonArraySql from '../sql/stage-json-array.sql?raw';
import stageParquetSql from '../sql/stage-parquet.sql?raw';
import stageJsonKeysSql from '../sql/stage-json-keys.sql?raw';
import stageRejectsEnsureSql from '../sql/stage-rejects-ensure.sql?raw';
import stageRejectOffsetsSql from '../sql/stage-reject-offsets.sql?raw';
import stageRejectCountSql from '../sql/stage-reject-count.sql?raw';
import stageNestedSql from '../sql/stage-nested.sql?raw';
import stageNestedClearSql from '../sql/stage-nested-clear.sql?raw';
import stageNestedKeepFlatSql from '../sql/stage-nested-keep-flat.sql?raw';
import stageNestedLinkedSql from '../sql/stage-nested-linked.sql?raw';
import stageNestedRestoreSql from '../sql/stage-nested-restore.sql?raw';
import stageNestedWaysSql from '../sql/stage-nested-ways.sql?raw';
import stageNestedCountSql from '../sql/stage-nested-count.sql?raw';
import stageNestedCoverageSql from '../sql/stage-nested-coverage.sql?raw';
import { findColumn } from './column-names';
import { detectPresets } from './detect-preset';
import { linkedPlan, nestedPlan, sameRecords } from './nested-records';
import { PRESETS } from './presets';
import { RECORD_LIST_KEYS, type FileSniff } from './sniff-file';
import { headCopy } from './head-copy';
import { LOG_PARTS, LOG_RECORD_OPENER } from './log-layout';
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
  /** JSON read as whole documents, whose records are numbered by their place, not by their line. */
  document: boolean;
  /**
   * The records of a plain-text log, each of one line or more (stage-log-records.sql): temp.stage holds each
   * record's first line among the lines read in `line_base` and its whole text in `line`.
   */
  logRecords: boolean;
  /**
   * When temp.stage holds the records nested in lists of the file's records (a `records` rule, stage-nested.sql):
   * the rule, the file's own keys (its records are set aside in temp.stage_flat) and the ways used, in words.
   */
  nested: NestedStage | null;
}

/** A staged file before a preview says whether it read only the file's start. */
type FileStage = Omit<StagedFile, 'truncated'>;

export interface NestedStage {
  rule: RecordsRule;
  fileColumns: string[];
  described: string[];
}

const JSON_KEY_SAMPLE_ROWS = 5000;
/** File records a built-in `records` rule is tried on before the whole file is exploded by it. */
const NESTED_SAMPLE_RECORDS = 1000;

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
  await session.run(stageNestedClearSql);
  const roots = options.roots ?? [];
  const utf8 = sniff.encoding === 'utf-8' ? null : await utf8Copy(path, sniff.encoding, sniff.gzip, roots);
  try {
    const text = utf8?.path ?? path;
    if (options.headBytes === undefined || !['delimited', 'ndjson', 'text-log'].includes(sniff.shape)) {
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

async function stageText(session: Session, path: string, sniff: FileSniff, typed: boolean): Promise<FileStage> {
  let staged: Omit<StagedFile, 'truncated' | 'readerRejects' | 'document' | 'nested' | 'logRecords'>;
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
    case 'text-log':
      await session.run(stageLinesSql, { path });
      await session.run(stageLogLinesSql);
      await session.run(stageLogRecordsSql, { opener: LOG_RECORD_OPENER });
      staged = { layout: 'columns', columns: await logColumns(session), headerLines: 0 };
      break;
  }
  await session.run(stageRejectsEnsureSql);
  await session.run(stageRejectOffsetsSql, { header_lines: staged.headerLines });
  const [offsets] = await session.query<{ rejected: string }>(stageRejectCountSql);
  const flat = {
    ...staged,
    readerRejects: Number(offsets?.rejected ?? 0),
    document: sniff.shape === 'json-array',
    logRecords: sniff.shape === 'text-log' && !lines,
    nested: null,
  };
  // An empty file or text that is no table is no JSON, whatever its first character; typed staging keeps a raw table.
  return staged.layout === 'json' && !lines && !typed ? stageBuiltInNesting(session, flat) : flat;
}

/**
 * A JSON file whose records hold lists that a built-in preset's `records` rule reads (a GraphQL response, a log
 * whose message lists order lines) is staged as those nested records when a preset with that rule recognises them
 * in a sample, and at least a quarter of the sampled records hold such lists; otherwise it stays as it is. Only rules whose
 * column or outer list the file's keys show are tried.
 */
async function stageBuiltInNesting(session: Session, flat: FileStage): Promise<FileStage> {
  const rules: RecordsRule[] = [];
  for (const preset of PRESETS) {
    if (preset.records !== undefined && !rules.some((rule) => sameRecords(rule, preset.records))) rules.push(preset.records);
  }
  for (const rule of rules) {
    const plan = explodePlan(rule, flat.columns);
    if (plan === null || findColumn(flat.columns, plan.shows) === undefined) continue;
    const sample = await stageRecords(session, flat, rule, NESTED_SAMPLE_RECORDS);
    const presets = PRESETS.filter((preset) => sameRecords(preset.records, rule));
    if ((await mostHoldLists(session)) && detectPresets({ format: 'json', columns: sample.columns }, presets).length > 0) {
      const [count] = await session.query<{ records: string }>(stageNestedCountSql);
      return Number(count?.records ?? 0) <= NESTED_SAMPLE_RECORDS ? sample : stageRecords(session, sample, rule, null, true);
    }
    await stageRecords(session, sample, null);
  }
  return flat;
}

/**
 * Whether at least a quarter of the sampled file records hold the lists a rule reads: a file whose keys merely resemble the
 * rule's (a log with a `message` and a `sku`, none of whose messages lists order lines) would otherwise be read by
 * it and see nearly every record rejected for a missing list.
 */
async function mostHoldLists(session: Session): Promise<boolean> {
  const [coverage] = await session.query<{ nested: string; file_records: string }>(stageNestedCoverageSql);
  const nested = Number(coverage?.nested ?? 0);
  return nested > 0 && nested * 4 >= Number(coverage?.file_records ?? 0);
}

/**
 * Stages the records a mapping's `records` rule reads (or the file's own records, for null): from the file's
 * records set aside in temp.stage_flat, so a mapping with another rule than the one staging chose reads its own.
 * `sampleRecords` reads only the first file records; `force` rebuilds even when the rule is the staged one.
 */
export async function stageRecords<S extends FileStage>(
  session: Session,
  staged: S,
  rule: RecordsRule | null,
  sampleRecords: number | null = null,
  force = false,
): Promise<S> {
  if (!force && sameRecords(staged.nested?.rule, rule)) return staged;
  const fileColumns = staged.nested?.fileColumns ?? staged.columns;
  if (staged.nested === null) await session.run(stageNestedKeepFlatSql);
  if (rule === null) {
    await session.run(stageNestedRestoreSql);
    return { ...staged, columns: fileColumns, nested: null };
  }
  const plan = explodePlan(rule, fileColumns);
  if (plan === null) {
    await session.run(stageNestedRestoreSql);
    throw new NestedRecordsMismatch(fileColumns);
  }
  await session.run(plan.sql, { ...plan.params, source_records: sampleRecords });
  const ways = await session.query<{ way: number; records: string; file_records: string }>(stageNestedWaysSql);
  const count = (value: string) => Number(value).toLocaleString('en-US');
  const described = ways.map(
    (way) =>
      `${plan.described[way.way - 1] ?? ''} (${count(way.records)} records` +
      (staged.document ? ')' : ` from ${count(way.file_records)} line${way.file_records === '1' ? '' : 's'})`),
  );
  return { ...staged, columns: await jsonKeys(session), nested: { rule, fileColumns, described } };
}

/** The statement that explodes a file's records by a rule, its parameters, and the ways it reads them in words. */
function explodePlan(
  rule: RecordsRule,
  columns: readonly string[],
): { sql: string; params: Record<string, string | string[]>; described: string[]; shows: string[] } | null {
  if ('parentKey' in rule) {
    const linked = linkedPlan(rule, columns);
    return linked === null ? null : { sql: stageNestedLinkedSql, params: linked.params, described: [linked.described], shows: [linked.shows] };
  }
  const nested = nestedPlan(rule, columns);
  return nested === null ? null : { sql: stageNestedSql, ...nested };
}

/** The records rule reads a column the file does not have. */
export class NestedRecordsMismatch extends Error {
  constructor(readonly fileColumns: readonly string[]) {
    super(`the file has no column the records rule reads; its keys are ${fileColumns.slice(0, 30).join(', ')}`);
  }
}

async function stageColumns(session: Session): Promise<string[]> {
  return (await session.describe('SELECT * FROM temp.stage')).map((column) => column.name);
}

/** The parts a log's records show (presets are matched on them), and the record's whole text, `line`. */
async function logColumns(session: Session): Promise<string[]> {
  const [counts] = await session.query<Record<(typeof LOG_PARTS)[number], string>>(stageLogColumnsSql);
  return [...LOG_PARTS.filter((part) => Number(counts?.[part] ?? 0) > 0), 'line'];
}

async function jsonKeys(session: Session): Promise<string[]> {
  const rows = await session.query<{ key: string }>(stageJsonKeysSql, { sample_rows: JSON_KEY_SAMPLE_ROWS });
  return rows.map((row) => row.key);
}
