// Sync mode per path: clock-driven (batches on a period), event-driven (seconds after each source transaction),
// mixed or unknown, with the figures that decided it, written to analysis_sync_mode.
import type { SyncModeFinding } from '../../../shared/model/findings';
import type { QueryParams, Session } from '../db/case-database';
import syncModeMacrosSql from '../sql/analysis/sync-mode-macros.sql?raw';
import syncModeBucketsSql from '../sql/analysis/sync-mode-buckets.sql?raw';
import syncModeBatchesSql from '../sql/analysis/sync-mode-batches.sql?raw';
import syncModeLagsSql from '../sql/analysis/sync-mode-lags.sql?raw';
import syncModeResultSql from '../sql/analysis/sync-mode-result.sql?raw';
import syncModeReadSql from '../sql/analysis/sync-mode-read.sql?raw';
import syncModeCleanupSql from '../sql/analysis/sync-mode-cleanup.sql?raw';

/**
 * The thresholds of the rules (sync-mode-result.sql states the rules in order). Seconds unless said otherwise;
 * shares are 0..1.
 */
export const SYNC_MODE_RULES = {
  /** Events at most this far apart belong to one batch (one cycle of a clock-driven sync). */
  batch_gap_s: 5,
  /** A gap matches a multiple of the period within max(tol_abs, tol_rel x period): seconds of scheduler jitter,
   *  or 2% of long periods. */
  tol_abs: 5,
  tol_rel: 0.02,
  /** Shorter periods cannot be told from chance with seconds of jitter. */
  min_period_s: 30,
  /** A period candidate needs at least this many gaps near it. */
  min_cycles: 4,
  /** How many of the fullest gap bins are tried as the period. */
  candidates: 6,
  /** Below these, the path is unknown. */
  min_events: 20,
  min_batches: 5,
  /** Inside a batch at least this share of the time: a continuous flow, not a schedule. */
  busy_share: 0.5,
  /** Share of gaps on a multiple of the period that makes a clock, with the band where triggers break the tie. */
  clock_share: 0.8,
  clock_band: 0.1,
  /** Chance-corrected period score that makes a mixed path, with its tie band. */
  mixed_signal: 0.2,
  mixed_band: 0.1,
  /** A trigger kind seen in at least this share of the buckets (batch_gap_s wide) whose trigger is known is
   *  present; the other kind below it leaves one dominant. */
  trigger_share: 0.05,
  /** 90th over 10th percentile of gaps at least this: the gaps spread out (an exponential gives about 22). */
  spread_ratio: 3,
  /** An event pairs with a source ledger row at most this long before it; busy paths are sampled in slots this
   *  long, about lag_sample events a path. */
  lag_window_s: 3600,
  lag_sample: 20_000,
  /** lag_s is reported when at least this share of the sampled events pair with a source row; a periodic path
   *  whose events pair this well ... */
  lag_matched_share: 0.5,
  /** ... and follow them by under this share of the period (90th percentile) is source-driven: event. */
  lag_period_share: 0.1,
} as const satisfies QueryParams;

/** A row of sync-mode-read.sql: the finding's fields (a JSON row type needs the index signature). */
type SyncModeRow = SyncModeFinding & Record<string, string | number | null>;

/** Decides the sync mode of every path that has events; (re)creates analysis_sync_mode and returns its rows. */
export async function detectSyncModes(session: Session): Promise<SyncModeFinding[]> {
  await session.run(syncModeMacrosSql);
  await session.run(syncModeBucketsSql, SYNC_MODE_RULES);
  await session.run(syncModeBatchesSql, SYNC_MODE_RULES);
  await session.run(syncModeLagsSql, SYNC_MODE_RULES);
  await session.run(syncModeResultSql, SYNC_MODE_RULES);
  await session.run(syncModeCleanupSql);
  return readSyncModes(session);
}

/** The sync-mode findings of the last analysis, read back from analysis_sync_mode. */
export async function readSyncModes(session: Session): Promise<SyncModeFinding[]> {
  const rows = await session.query<SyncModeRow>(syncModeReadSql);
  return rows.map(({ path, mode, period_s, jitter_s, lag_s, events, evidence }) => ({
    path,
    mode,
    period_s,
    jitter_s,
    lag_s,
    events,
    evidence,
  }));
}
