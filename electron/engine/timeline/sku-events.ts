// A SKU's middleware events as timeline markers and the clock-driven paths' sync ticks, over a range of its history.
import type { SkuEvents, SkuEventsRequest, SyncTicks } from '../../../shared/model/timeline';
import { MAX_SYNC_TICKS, MAX_TIMELINE_MARKERS } from '../../../shared/model/timeline';
import { withSkuLevels } from '../analysis/history';
import { SYNC_MODE_RULES } from '../analysis/sync-mode';
import { withNotes } from '../annotations/row-notes';
import type { CaseDatabase, Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import analysisExistsSql from '../sql/analysis/analysis-exists.sql?raw';
import timelineEventsSql from '../sql/timeline/timeline-events.sql?raw';
import timelineRangeSql from '../sql/timeline/timeline-range.sql?raw';
import timelineSyncTicksSql from '../sql/timeline/timeline-sync-ticks.sql?raw';

/** Batches this many periods either side of the range place the ticks: enough batches even on sparse paths. */
const PHASE_MARGIN_CYCLES = 24;

interface Range {
  from: string;
  to: string;
}

/** The range asked for, else the SKU's own span; throws when only one end is given or the ends are reversed. */
async function resolveRange(
  session: Session,
  request: SkuEventsRequest,
  key: { sku: string; loc_key: string },
): Promise<{ range: Range | null; untimed: number }> {
  const [span] = await session.query<{ from_ts: string | null; to_ts: string | null; untimed: string | number }>(
    timelineRangeSql,
    key,
  );
  const untimed = Number(span?.untimed ?? 0);
  const from = request.from ?? null;
  const to = request.to ?? null;
  if ((from === null) !== (to === null)) throw new EngineError('bad_request', 'Give both ends of the range, or neither');
  if (from !== null && to !== null) {
    if (Date.parse(from) > Date.parse(to)) throw new EngineError('bad_request', 'The range ends before it starts');
    return { range: { from, to }, untimed };
  }
  const whole = span?.from_ts != null && span.to_ts != null ? { from: span.from_ts, to: span.to_ts } : null;
  return { range: whole, untimed };
}

async function syncTicks(session: Session, range: Range): Promise<SyncTicks[]> {
  const rows = await session.query(timelineSyncTicksSql, {
    ...range,
    margin_cycles: PHASE_MARGIN_CYCLES,
    batch_gap_s: SYNC_MODE_RULES.batch_gap_s,
    max_ticks: MAX_SYNC_TICKS,
  });
  return rows.map((row) => ({
    path: String(row.path),
    mode: row.mode as SyncTicks['mode'],
    period_s: Number(row.period_s),
    phase_s: row.phase_s === null ? null : Number(row.phase_s),
    ticks_ms: (row.ticks_ms as unknown as number[]).map(Number),
    tick_count: Number(row.tick_count),
  }));
}

const nothing = { from: null, to: null, total: 0, untimed: 0, truncated: false, markers: [], ticks: [] };

/** The SKU's markers and ticks; an unanalysed case answers analysed: false rather than failing, so the timeline
 *  can say what to do. */
export async function skuEvents(db: CaseDatabase, request: SkuEventsRequest): Promise<SkuEvents> {
  const who = { sku: request.sku, location: request.location };
  const [state] = await db.withSession((session) => session.query<{ analysed: boolean }>(analysisExistsSql));
  if (!state?.analysed) return { ...who, analysed: false, ...nothing };
  return withSkuLevels(db, request, async (session, key) => {
    const { range, untimed } = await resolveRange(session, request, key);
    const base = { ...who, analysed: true, untimed };
    if (range === null) return { ...nothing, ...base };
    const rows = await session.query(timelineEventsSql, { ...key, ...range, limit: MAX_TIMELINE_MARKERS });
    const total = Number(rows[0]?.total ?? 0);
    return {
      ...base,
      ...range,
      total,
      truncated: total > rows.length,
      markers: rows.map((row) => ({
        ts_ms: Number(row.ts_ms),
        status: String(row.status),
        path: row.path === null ? null : String(row.path),
        event_type: String(row.event_type),
        qty: row.qty === null ? null : Number(row.qty),
        source_id: Number(row.source_id),
        line_number: row.line_number === null ? null : Number(row.line_number),
        event_id: row.event_id === null ? null : String(row.event_id),
        ...withNotes(row.notes),
      })),
      ticks: await syncTicks(session, range),
    };
  });
}
