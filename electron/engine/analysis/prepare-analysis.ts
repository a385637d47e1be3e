// Readies a session for analysis: its macros and the views of the canonical tables every step reads.
import type { Session } from '../db/case-database';
import { ensureCrosswalk } from '../crosswalk/infer-crosswalk';
import analysisAsOfSql from '../sql/analysis/analysis-as-of.sql?raw';
import analysisEventsSql from '../sql/analysis/analysis-events.sql?raw';
import analysisEventsCrosswalkedSql from '../sql/analysis/analysis-events-crosswalked.sql?raw';
import analysisEventsKeptSql from '../sql/analysis/analysis-events-kept.sql?raw';
import analysisEventsRepeatsSql from '../sql/analysis/analysis-events-repeats.sql?raw';
import analysisIdentitySql from '../sql/analysis/analysis-identity.sql?raw';
import analysisIdentityUsedSql from '../sql/analysis/analysis-identity-used.sql?raw';
import analysisLedgerSql from '../sql/analysis/analysis-ledger.sql?raw';
import analysisLedgerCrosswalkedSql from '../sql/analysis/analysis-ledger-crosswalked.sql?raw';
import analysisLedgerKeptSql from '../sql/analysis/analysis-ledger-kept.sql?raw';
import analysisLedgerRepeatsSql from '../sql/analysis/analysis-ledger-repeats.sql?raw';
import analysisMacrosSql from '../sql/analysis/analysis-macros.sql?raw';
import analysisSnapshotsSql from '../sql/analysis/analysis-snapshots.sql?raw';
import analysisSnapshotsCrosswalkedSql from '../sql/analysis/analysis-snapshots-crosswalked.sql?raw';
import analysisSourceCaptureSql from '../sql/analysis/analysis-source-capture.sql?raw';
import keyMacrosSql from '../sql/key-macros.sql?raw';

/**
 * Creates this session's temporary views analysis_events, analysis_ledger and analysis_snapshots, which name every
 * location and SKU by the identity the crosswalk gives it (inferred first for a case that never had one); the ledger
 * counts a row that repeats an earlier export of the same system once, and the events a handoff two files log once. The views
 * join the crosswalk only when it renames something (see analysis-identity-used.sql).
 */
export async function prepareAnalysis(session: Session): Promise<void> {
  await session.run(keyMacrosSql);
  await session.run(analysisMacrosSql);
  await ensureCrosswalk(session);
  await session.run(analysisIdentitySql);
  const [identity] = await session.query<{ used: boolean }>(analysisIdentityUsedSql);
  const crosswalked = identity?.used === true;
  await session.run(crosswalked ? analysisEventsCrosswalkedSql : analysisEventsSql);
  await session.run(analysisEventsRepeatsSql);
  await session.run(analysisEventsKeptSql);
  await session.run(crosswalked ? analysisLedgerCrosswalkedSql : analysisLedgerSql);
  await session.run(analysisLedgerRepeatsSql);
  await session.run(analysisLedgerKeptSql);
  await session.run(analysisSourceCaptureSql);
  await session.run(crosswalked ? analysisSnapshotsCrosswalkedSql : analysisSnapshotsSql);
}

/** The instant figures are compared at: the one asked for, else the latest snapshot capture (see the SQL). */
export async function resolveAsOf(session: Session, asked: string | null): Promise<string> {
  const [row] = await session.query<{ as_of: string }>(analysisAsOfSql, { as_of: asked });
  if (!row) throw new Error('analysis-as-of.sql returned no row');
  return row.as_of;
}
