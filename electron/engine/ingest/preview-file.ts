// Shows how one file would import, without touching the case: its shape, matching presets, the mapping chosen and the first records.
import type { ImportPreview, ImportPreviewRequest } from '../../../shared/model/import';
import type { FieldRule, FieldSource, Mapping } from '../../../shared/model/mapping';
import type { CaseDatabase, Session } from '../db/case-database';
import previewRowsSql from '../sql/preview-rows.sql?raw';
import stageCountSql from '../sql/stage-count.sql?raw';
import { prepareCanonicalLoad } from './canonical-sql';
import { chooseMapping } from './choose-mapping';
import { detectPresets } from './detect-preset';
import { describeFormat, hasNaiveTimes, MAX_REJECT_LINE_CHARS } from './load-source';
import { captureTimeInName } from './file-name-time';
import { findColumn } from './column-names';
import { loadMappingFile, parseMapping } from './mapping-file';
import { sniffFile } from './sniff-file';
import { stageFile } from './stage-file';
import { createZonePolicy } from './zone-policy';

export const DEFAULT_PREVIEW_ROWS = 20;
export const MAX_PREVIEW_ROWS = 200;
/**
 * A preview of a text file reads this many bytes from its start, on a private connection: tens of thousands of
 * records, enough to judge date order and value maps as the import would on most files, in well under a second
 * whatever the file's size. The import reads the whole file.
 */
export const PREVIEW_HEAD_BYTES = 4 * 1024 * 1024;

/** Shows how a file would load, from its first records; nothing is written to the case. */
export async function previewFile(db: CaseDatabase, request: ImportPreviewRequest): Promise<ImportPreview> {
  const mapping = request.mapping
    ? parseMapping(request.mapping, 'the edited mapping')
    : request.mappingPath
      ? await loadMappingFile(request.mappingPath)
      : null;
  const rows = Math.min(Math.max(request.rows ?? DEFAULT_PREVIEW_ROWS, 1), MAX_PREVIEW_ROWS);
  return db.withSession(async (session) => {
    const zones = await createZonePolicy(session, request.timeZones ?? []);
    const sniff = await sniffFile(request.path);
    // A UTF-8 copy of a file in another encoding stays out of the folder being imported as well as the file's own.
    const root = request.relativePath === undefined ? [] : [request.path.slice(0, request.path.length - request.relativePath.length)];
    const staged = await stageFile(session, request.path, sniff, { roots: root, headBytes: PREVIEW_HEAD_BYTES });
    const format = staged.layout === 'json' ? 'json' : 'delimited';
    const candidates = detectPresets({ format, columns: staged.columns }).map((match) => ({
      presetId: match.preset.id,
      presetName: match.preset.name,
      score: match.score,
      reasons: match.reasons,
    }));
    const choice = chooseMapping(staged, mapping, request.presetId ?? null);
    const preview: ImportPreview = {
      path: request.path,
      format: describeFormat(sniff),
      encoding: sniff.encoding,
      warnings: sniff.encodingNote === null ? [] : [sniff.encodingNote],
      sampledRecords: staged.truncated ? await stagedRecords(session) : null,
      columns: staged.columns,
      candidates,
      mappingId: choice.mapping?.id ?? null,
      mappingName: choice.mapping?.name ?? null,
      reason: choice.reason,
      system: choice.mapping?.system ?? null,
      kind: choice.mapping?.kind ?? null,
      resolved: {},
      fieldRules: {},
      naiveWithoutZone: false,
      tzRule: null,
      rows: [],
    };
    if (choice.mapping === null) return preview;
    const relativePath = request.relativePath ?? request.path.split(/[\\/]/).pop() ?? request.path;
    const zone = await zones.zoneFor(choice.mapping, relativePath);
    const plan = await prepareCanonicalLoad(session, choice.mapping, staged, {
      zone: zone.iana ?? 'UTC',
      maxRawLineChars: MAX_REJECT_LINE_CHARS,
    });
    await session.run(plan.convertSql, plan.params);
    // Judged as the import judges it, so the wizard warns of exactly the files the import would read as UTC.
    const nameTime =
      choice.mapping.kind === 'snapshots' && plan.resolved.captured_at === undefined ? captureTimeInName(relativePath.split('/').pop() ?? '') : null;
    const naiveWithoutZone =
      zone.iana === null && ((nameTime !== null && !nameTime.utc) || (await hasNaiveTimes(session, plan)));
    return {
      ...preview,
      warnings: [...preview.warnings, ...plan.warnings],
      resolved: Object.fromEntries(Object.entries(plan.resolved).filter((entry): entry is [string, string] => entry[1] !== undefined)),
      fieldRules: rulesFound(choice.mapping, staged.columns),
      naiveWithoutZone,
      tzRule: zone.rule ?? (naiveWithoutZone ? 'none given: naive times would be read as UTC' : null),
      rows: await session.query(previewRowsSql, { rows }),
    };
  });
}

/**
 * Each field rule narrowed to what it reads in this file: a preset lists many spellings of a column, the editor
 * shows the one found. Rules that find no column are left out, as the load leaves those fields empty.
 */
function rulesFound(mapping: Mapping, columns: readonly string[]): Record<string, FieldRule> {
  const found: Record<string, FieldRule> = {};
  for (const [field, rule] of Object.entries(mapping.fields) as [string, FieldRule][]) {
    const sources = (!Array.isArray(rule) && 'first' in rule ? rule.first : [rule])
      .map((source) => sourceFound(source, columns))
      .filter((source) => source !== null);
    if (sources.length > 0) found[field] = sources.length === 1 ? (sources[0] as FieldSource) : { first: sources };
  }
  return found;
}

/** A source narrowed to the column the file has, or null when it has none (a constant is kept as it is). */
function sourceFound(source: FieldSource, columns: readonly string[]): FieldSource | null {
  if (!Array.isArray(source) && 'constant' in source) return source;
  if (!Array.isArray(source) && 'date' in source) {
    const [date, time] = [findColumn(columns, source.date), findColumn(columns, source.time)];
    if (date === undefined) return null;
    return time === undefined ? [date] : { date: [date], time: [time] };
  }
  const column = findColumn(columns, Array.isArray(source) ? source : source.column);
  if (column === undefined) return null;
  if (!Array.isArray(source) && 'sign' in source) {
    const sign = findColumn(columns, source.sign);
    return sign === undefined ? [column] : { ...source, column: [column], sign: [sign] };
  }
  if (!Array.isArray(source) && 'when' in source) {
    const when = findColumn(columns, source.when);
    return when === undefined ? [column] : { ...source, column: [column], when: [when] };
  }
  return Array.isArray(source) ? [column] : { ...source, column: [column] };
}

async function stagedRecords(session: Session): Promise<number> {
  const [row] = await session.query<{ records: string }>(stageCountSql);
  return Number(row?.records ?? 0);
}
