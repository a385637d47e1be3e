// Shows how one file would import, without touching the case: its shape, matching presets, the mapping chosen and the first records.
import type { ImportPreview, ImportPreviewRequest } from '../../../shared/model/import';
import type { CaseDatabase } from '../db/case-database';
import previewRowsSql from '../sql/preview-rows.sql?raw';
import { planCanonicalLoad } from './canonical-sql';
import { chooseMapping } from './choose-mapping';
import { detectPresets } from './detect-preset';
import { loadValueMaps, describeFormat, MAX_REJECT_LINE_CHARS } from './load-source';
import { loadMappingFile } from './mapping-file';
import { sniffFile } from './sniff-file';
import { stageFile } from './stage-file';
import { createZonePolicy } from './zone-policy';

export const DEFAULT_PREVIEW_ROWS = 20;
export const MAX_PREVIEW_ROWS = 200;

/**
 * Stages the whole file on a private connection (the reader has no cheaper way to give exact line numbers), so a
 * preview of a very large file takes about as long as its staging; nothing is written to the case.
 */
export async function previewFile(db: CaseDatabase, request: ImportPreviewRequest): Promise<ImportPreview> {
  const mapping = request.mappingPath ? await loadMappingFile(request.mappingPath) : null;
  const rows = Math.min(Math.max(request.rows ?? DEFAULT_PREVIEW_ROWS, 1), MAX_PREVIEW_ROWS);
  return db.withSession(async (session) => {
    const zones = await createZonePolicy(session, request.timeZones ?? []);
    const sniff = await sniffFile(request.path);
    const staged = await stageFile(session, request.path, sniff);
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
      columns: staged.columns,
      candidates,
      mappingId: choice.mapping?.id ?? null,
      mappingName: choice.mapping?.name ?? null,
      reason: choice.reason,
      system: choice.mapping?.system ?? null,
      kind: choice.mapping?.kind ?? null,
      resolved: {},
      tzRule: null,
      rows: [],
    };
    if (choice.mapping === null) return preview;
    const relativePath = request.path.split(/[\\/]/).pop() ?? request.path;
    const zone = await zones.zoneFor(choice.mapping, relativePath);
    const plan = planCanonicalLoad(choice.mapping, staged, { zone: zone.iana ?? 'UTC', maxRawLineChars: MAX_REJECT_LINE_CHARS });
    await loadValueMaps(session, choice.mapping, plan);
    await session.run(plan.convertSql, plan.params);
    return {
      ...preview,
      resolved: Object.fromEntries(Object.entries(plan.resolved).filter((entry): entry is [string, string] => entry[1] !== undefined)),
      tzRule: zone.rule ?? (zone.iana === null ? 'none given: naive times would be read as UTC' : null),
      rows: await session.query(previewRowsSql, { rows }),
    };
  });
}
