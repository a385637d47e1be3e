// Loads one file into the case: stage, recognise, map and type it on a private connection, then write its rows,
// rejects and manifest entry in one transaction (staging inside the transaction ran about 2.5 times slower).
import type { FileOutcome } from '../../../shared/model/import';
import type { Mapping } from '../../../shared/model/mapping';
import type { Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import sourceInsertSql from '../sql/source-insert.sql?raw';
import sourceCountsSql from '../sql/source-counts.sql?raw';
import stageRejectsSaveSql from '../sql/stage-rejects-save.sql?raw';
import stageToRawTableSql from '../sql/stage-to-raw-table.sql?raw';
import stageLogToRawTableSql from '../sql/stage-log-to-raw-table.sql?raw';
import rawTableDropSql from '../sql/raw-table-drop.sql?raw';
import sourceRejectsRemoveSql from '../sql/source-rejects-remove.sql?raw';
import sourceRemoveSql from '../sql/source-remove.sql?raw';
import naiveTimeCountSql from '../sql/naive-time-count.sql?raw';
import { prepareCanonicalLoad, type CanonicalPlan } from './canonical-sql';
import type { InputFile } from './collect-files';
import { chooseMapping, type MappingChoice } from './choose-mapping';
import { rawTableName } from './raw-table-name';
import type { FileSniff } from './sniff-file';
import { stageFile } from './stage-file';
import { NAIVE_AS_UTC_RULE, type ZonePolicy } from './zone-policy';
import { captureTimeInName } from './file-name-time';
import { columnsStatingUtc, TIME_FIELDS } from './column-zone';
import { fillRoutesFromFlows } from './flow-routes';
import { quantityNamesChange } from './quantity-kind';

/** How much of a malformed line the rejects table keeps. */
export const MAX_REJECT_LINE_CHARS = 2000;

export interface LoadContext {
  session: Session;
  file: InputFile;
  sha256: string;
  sniff: FileSniff;
  /** A mapping the user gave for every file, if any. */
  mapping: Mapping | null;
  /** A preset the user chose for this file, if any. */
  presetOverride: string | null;
  zones: ZonePolicy;
  /** Table names already in the case (raw tables must not clash). */
  takenNames: Set<string>;
  /**
   * The same file kept earlier as a raw table, now read again by a mapping or a chosen preset: its table, rejects
   * and manifest entry go in the transaction that loads it, so a failed load leaves it as it was.
   */
  replaces: { sourceId: number; table: string } | null;
}

export type LoadResult = Pick<
  FileOutcome,
  'status' | 'table' | 'format' | 'presetId' | 'presetName' | 'matchReason' | 'system' | 'kind' | 'tzRule' | 'warnings' | 'rowsSeen' | 'rowsLoaded' | 'rowsRejected'
>;

export async function loadSource(context: LoadContext): Promise<LoadResult> {
  const { session, file, sniff } = context;
  const staged = await stageFile(session, file.path, sniff, { roots: [importRoot(file)] });
  const format = describeFormat(sniff);
  const warnings = sniff.encodingNote === null ? [] : [sniff.encodingNote];
  // No format is looked for in an empty file or in text that is no table: the note says what the file is instead.
  if (sniff.empty) return loadRaw(context, format, [...warnings, 'empty file, 0 rows']);
  if (sniff.notTabular !== null) return loadRaw(context, format, [...warnings, sniff.notTabular]);
  const choice = chooseMapping(staged, context.mapping, context.presetOverride);
  if (choice.mapping === null) {
    return loadRaw(context, format, [...warnings, choice.reason]);
  }
  const mapping = choice.mapping;
  const zone = await context.zones.zoneFor(mapping, file.relativePath);
  const plan = await prepareCanonicalLoad(session, mapping, staged, { zone: zone.iana ?? 'UTC', maxRawLineChars: MAX_REJECT_LINE_CHARS });
  warnings.push(...plan.warnings);
  let tzRule = zone.rule;
  // A capture column, when the file has one, is what analysis reads; the file name is the fallback.
  const nameTime =
    mapping.kind === 'snapshots' && plan.resolved.captured_at === undefined ? captureTimeInName(fileNameOf(file.path)) : null;
  const naiveName = nameTime !== null && !nameTime.utc;
  const statedUtc = zone.iana === null ? columnsStatingUtc(plan.resolved) : null;
  if (statedUtc !== null) tzRule = `the time column says UTC (${statedUtc.join(', ')})`;
  if (zone.iana === null) {
    if (statedUtc === null && (await hasNaiveTimes(session, plan))) {
      tzRule = NAIVE_AS_UTC_RULE;
      warnings.push(
        `times are written without a zone and no --tz rule covers this file: read as UTC (give a zone for ${mapping.system})`,
      );
    }
    if (naiveName) {
      tzRule = NAIVE_AS_UTC_RULE;
      warnings.push(
        `the capture time in the file name (${nameTime.local}) has no zone and no --tz rule covers this file: read as UTC ` +
          `(give a zone for ${mapping.system})`,
      );
    }
  }
  const capture: NameCapture | null =
    nameTime === null ? null : { time: nameTime.local, zone: nameTime.utc ? 'UTC' : (zone.iana ?? 'UTC') };
  const counts = await session.transaction(async () => {
    await removeReplaced(context);
    const qtyIsChange = mapping.kind === 'events' && quantityNamesChange(plan.resolved.qty);
    const sourceId = await insertSource(context, format, choice, mapping.kind, tzRule, warnings, capture, mapping.kind, qtyIsChange);
    await writeRecords(session, plan, sourceId);
    if (mapping.kind === 'events') await fillRoutesFromFlows(session, sourceId);
    await session.run(stageRejectsSaveSql, { source_id: sourceId, max_line_chars: MAX_REJECT_LINE_CHARS });
    return finishSource(session, sourceId, mapping.kind);
  });
  return {
    status: 'loaded',
    table: mapping.kind,
    format,
    presetId: mapping.id,
    presetName: mapping.name,
    matchReason: choice.reason,
    system: mapping.system,
    kind: mapping.kind,
    tzRule,
    warnings,
    ...counts,
  };
}

async function loadRaw(context: LoadContext, format: string, warnings: string[]): Promise<LoadResult> {
  const staged = await stageFile(context.session, context.file.path, context.sniff, {
    typed: true,
    roots: [importRoot(context.file)],
  });
  const table = rawTableName(context.file.path, context.takenNames);
  const counts = await context.session.transaction(async () => {
    await removeReplaced(context);
    const sourceId = await insertSource(context, format, null, 'raw', null, warnings, null, table);
    if (staged.logRecords) {
      await context.session.run(withIdentifiers(stageLogToRawTableSql, { table }), { source_id: sourceId });
    } else {
      await context.session.run(withIdentifiers(stageToRawTableSql, { table }), {
        source_id: sourceId,
        header_lines: staged.headerLines,
      });
    }
    await context.session.run(stageRejectsSaveSql, { source_id: sourceId, max_line_chars: MAX_REJECT_LINE_CHARS });
    return finishSource(context.session, sourceId, table);
  });
  context.takenNames.add(table);
  return {
    status: 'loaded_raw',
    table,
    format,
    presetId: null,
    presetName: null,
    matchReason: null,
    system: null,
    kind: 'raw',
    tzRule: null,
    warnings,
    ...counts,
  };
}

async function removeReplaced(context: LoadContext): Promise<void> {
  if (context.replaces === null) return;
  await context.session.run(sourceRejectsRemoveSql, { source_id: context.replaces.sourceId });
  await context.session.run(sourceRemoveSql, { source_id: context.replaces.sourceId });
  await context.session.run(withIdentifiers(rawTableDropSql, { table: context.replaces.table }));
}

/** A snapshot's capture time from its file name, and the zone it is read in. */
interface NameCapture {
  time: string;
  zone: string;
}

/** The folder the user gave that holds this file (its own folder for a file given directly). */
function importRoot(file: InputFile): string {
  return file.path.slice(0, file.path.length - file.relativePath.length);
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

async function insertSource(
  context: LoadContext,
  format: string,
  choice: MappingChoice | null,
  kind: string,
  tzRule: string | null,
  warnings: string[],
  capture: NameCapture | null,
  table: string = kind,
  qtyIsChange = false,
): Promise<number> {
  const { file } = context;
  const [row] = await context.session.query<{ source_id: number }>(sourceInsertSql, {
    path: file.path,
    relative_path: file.relativePath,
    file_name: fileNameOf(file.path),
    sha256: context.sha256,
    bytes: file.bytes,
    modified_at: file.modifiedAt.toISOString(),
    detected_format: format,
    encoding: context.sniff.encoding,
    preset_id: choice?.mapping?.id ?? null,
    preset_name: choice?.mapping?.name ?? null,
    match_reason: choice?.reason ?? null,
    system: choice?.mapping?.system ?? null,
    kind,
    tz_rule: tzRule,
    table_name: table,
    warnings: warnings.join('; ') || null,
    name_time: capture?.time ?? null,
    name_zone: capture?.zone ?? 'UTC',
    qty_is_change: qtyIsChange,
  });
  if (row === undefined) throw new Error('the manifest did not return a source id');
  return row.source_id;
}

async function finishSource(
  session: Session,
  sourceId: number,
  table: string,
): Promise<Pick<LoadResult, 'rowsSeen' | 'rowsLoaded' | 'rowsRejected'>> {
  const [counts] = await session.query<{ rows_seen: string; rows_loaded: string; rows_rejected: string }>(
    withIdentifiers(sourceCountsSql, { table }),
    { source_id: sourceId },
  );
  return {
    rowsSeen: Number(counts?.rows_seen ?? 0),
    rowsLoaded: Number(counts?.rows_loaded ?? 0),
    rowsRejected: Number(counts?.rows_rejected ?? 0),
  };
}

/**
 * Writes the accepted records, then the refused ones. The refused ones are looked for only when fewer records
 * landed than the file holds, so a clean file is converted once; every record lands in one table or the other.
 */
async function writeRecords(session: Session, plan: CanonicalPlan, sourceId: number): Promise<void> {
  const params = { ...plan.params, source_id: sourceId };
  const [records] = await session.query<{ records: string }>(plan.countSql);
  const [inserted] = await session.query<{ Count: string }>(plan.insertSql, params);
  const expected = Number(records?.records ?? 0);
  const loaded = Number(inserted?.Count ?? 0);
  if (loaded === expected) return;
  const [refused] = await session.query<{ Count: string }>(plan.rejectSql, params);
  const rejected = Number(refused?.Count ?? 0);
  if (loaded + rejected !== expected) {
    throw new Error(`${expected} records read but ${loaded} loaded and ${rejected} rejected: the file was not loaded`);
  }
}

const NAIVE_SAMPLE_ROWS = 10_000;

export async function hasNaiveTimes(session: Session, plan: CanonicalPlan): Promise<boolean> {
  for (const field of TIME_FIELDS) {
    if (plan.resolved[field] === undefined) continue;
    await session.run(plan.timeSampleSql(field), { ...plan.params, sample_rows: NAIVE_SAMPLE_ROWS });
    const [row] = await session.query<{ naive: string }>(naiveTimeCountSql, { day_first: plan.dayFirstFields.includes(field) });
    if (Number(row?.naive ?? 0) > 0) return true;
  }
  return false;
}

export function describeFormat(sniff: FileSniff): string {
  const shape = { delimited: 'csv', ndjson: 'jsonl', 'json-array': 'json', parquet: 'parquet', 'text-log': 'log' }[sniff.shape];
  return sniff.gzip ? `${shape}+gzip` : shape;
}
