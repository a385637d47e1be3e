// A SKU's history from the last analysis: the step series per system and the figures as of any past instant.
import { COUNTING_SYSTEMS, type CountingSystem } from '../../../shared/model/findings';
import type { HistoryRequest, LevelStep, LevelsAsOf, LevelsAsOfRequest, SkuHistory } from '../../../shared/model/history';
import { withNotes } from '../annotations/row-notes';
import type { CaseDatabase, Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import analysisExistsSql from '../sql/analysis/analysis-exists.sql?raw';
import historyItemSql from '../sql/analysis/history-item.sql?raw';
import historyLevelsSql from '../sql/analysis/history-levels.sql?raw';
import historyStepsSql from '../sql/analysis/history-steps.sql?raw';
import levelChangesViewSql from '../sql/analysis/level-changes-view.sql?raw';
import levelScopeSql from '../sql/analysis/level-scope.sql?raw';
import locationKeySql from '../sql/analysis/location-key.sql?raw';
import { prepareAnalysis } from './prepare-analysis';

const noFigures = (): Record<CountingSystem, number | null> => ({ erp: null, wms: null, storefront: null });

/** Runs work on a private session with the analysis views and the level changes they give. */
export async function withSkuLevels<T>(
  db: CaseDatabase,
  request: HistoryRequest,
  work: (session: Session, key: { sku: string; loc_key: string }) => Promise<T>,
): Promise<T> {
  return db.withSession(async (session) => {
    const [state] = await session.query<{ analysed: boolean }>(analysisExistsSql);
    if (!state?.analysed) throw new EngineError('bad_request', 'The case has not been analysed yet: run the analysis first');
    await db.oneAtATime(() => prepareAnalysis(session));
    const [row] = await session.query<{ loc_key: string }>(locationKeySql, { location: request.location });
    const key = { sku: request.sku, loc_key: row?.loc_key ?? '' };
    await session.run(levelScopeSql, key);
    await session.run(levelChangesViewSql);
    return work(session, key);
  });
}

async function levels(session: Session, key: { sku: string; loc_key: string }, at: string) {
  const rows = await session.query<{ system: CountingSystem; level: number | null; opening: number | null }>(historyLevelsSql, {
    ...key,
    at,
  });
  const level = noFigures();
  const opening = noFigures();
  for (const row of rows) {
    if (!COUNTING_SYSTEMS.includes(row.system)) continue;
    level[row.system] = row.level === null ? null : Number(row.level);
    opening[row.system] = row.opening === null ? null : Number(row.opening);
  }
  return { level, opening };
}

export function skuHistory(db: CaseDatabase, request: HistoryRequest): Promise<SkuHistory> {
  return withSkuLevels(db, request, async (session, key) => {
    const [item] = await session.query(historyItemSql, key);
    if (!item) {
      throw new EngineError('not_found', `${request.sku} at ${request.location ?? 'no location'} is not in the drift table`);
    }
    const steps = (await session.query(historyStepsSql, key)).map(
      (row): LevelStep => ({
        system: row.system as CountingSystem,
        ts: String(row.ts),
        level: Number(row.level),
        delta: row.delta === null ? null : Number(row.delta),
        table: row.table as LevelStep['table'],
        source_id: Number(row.source_id),
        source_file: String(row.source_file),
        line: row.line === null ? null : Number(row.line),
        ...withNotes(row.notes),
      }),
    );
    const { opening } = await levels(session, key, String(item.as_of));
    return {
      sku: String(item.sku),
      location: (item.location as string | null) ?? null,
      as_of: String(item.as_of),
      opening,
      steps,
      last_known_good: (item.last_known_good as string | null) ?? null,
      first_divergence: (item.first_divergence as string | null) ?? null,
    };
  });
}

export function levelsAsOf(db: CaseDatabase, request: LevelsAsOfRequest): Promise<LevelsAsOf> {
  return withSkuLevels(db, request, async (session, key) => ({
    at: request.at,
    levels: (await levels(session, key, request.at)).level,
  }));
}
