// Readies a session for analysis: its macros and the views of the canonical tables every step reads.
import type { Session } from '../db/case-database';
import analysisAsOfSql from '../sql/analysis/analysis-as-of.sql?raw';
import analysisEventsSql from '../sql/analysis/analysis-events.sql?raw';
import analysisLedgerSql from '../sql/analysis/analysis-ledger.sql?raw';
import analysisMacrosSql from '../sql/analysis/analysis-macros.sql?raw';
import analysisSnapshotsSql from '../sql/analysis/analysis-snapshots.sql?raw';
import keyMacrosSql from '../sql/key-macros.sql?raw';

/** Creates this session's temporary views analysis_events, analysis_ledger and analysis_snapshots. */
export async function prepareAnalysis(session: Session): Promise<void> {
  await session.run(keyMacrosSql);
  await session.run(analysisMacrosSql);
  await session.run(analysisEventsSql);
  await session.run(analysisLedgerSql);
  await session.run(analysisSnapshotsSql);
}

/** The instant figures are compared at: the one asked for, else the latest snapshot capture (see the SQL). */
export async function resolveAsOf(session: Session, asked: string | null): Promise<string> {
  const [row] = await session.query<{ as_of: string }>(analysisAsOfSql, { as_of: asked });
  if (!row) throw new Error('analysis-as-of.sql returned no row');
  return row.as_of;
}
