// Infers the UTC offset of a naive local-time source from the references it shares with a zone-aware source.
import type { Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import offsetInferenceSql from '../sql/offset-inference.sql?raw';
import offsetPairsSql from '../sql/offset-pairs.sql?raw';
import offsetZoneInferenceSql from '../sql/offset-zone-inference.sql?raw';

/** Below this many shared references, agreement proves nothing. */
export const MIN_OFFSET_MATCHES = 3;

export interface OffsetInferenceInput {
  /** Table whose times have no zone, e.g. an ERP ledger in local time. */
  naiveTable: string;
  naiveRefColumn: string;
  naiveTimeColumn: string;
  /** Table whose times fix their instant: offsets or epochs, or naive times in awareZone. */
  awareTable: string;
  awareRefColumn: string;
  awareTimeColumn: string;
  /** Zone for the aware side's naive times (a resolved IANA name), when its times carry no offset. */
  awareZone?: string | null;
  /**
   * Which side's records follow the other's ('aware': middleware events that pick up the naive source's records;
   * 'naive': records written after the aware side's events), for the clock-driven estimate; unknown by default.
   */
  laggingSide?: 'aware' | 'naive' | null;
}

export interface InferredOffset {
  /** Offset of the naive source's wall clock from UTC, east positive: -300 is UTC-05:00. */
  offsetMinutes: number;
  /** References found, with a readable time, on both sides. */
  matches: number;
  /** Matches whose difference rounds to offsetMinutes. */
  agreeing: number;
  /** agreeing / matches. */
  confidence: number;
  /** Largest minus smallest unrounded difference among the agreeing matches: the handoff lag's jitter. */
  spreadMinutes: number;
}

export interface OffsetEstimates {
  /** The offset most differences round to (15-minute steps): right when the handoff lags by a few minutes. */
  rounded: InferredOffset | null;
  /**
   * The whole-hour offset whose hour on the lagging side holds most differences: right for a clock-driven handoff
   * that lags by up to an hour (its lags spread over several 15-minute steps). Null when the lagging side is unknown.
   */
  clockWindow: InferredOffset | null;
}

/**
 * Aligns a naive source with a zone-aware one on shared references and returns the offset most of them agree
 * on, to the nearest 15 minutes. Null when fewer than MIN_OFFSET_MATCHES references match, or none of the
 * differences is an offset in use. A fixed offset is what comes back: a naive source spanning a daylight-saving
 * change splits its matches between two offsets, which shows as a lower confidence.
 * Lags of 7.5 minutes or more round to the next step, so a clock-driven handoff with a long period lowers the
 * confidence too.
 */
export async function inferOffset(
  session: Pick<Session, 'query' | 'run'>,
  input: OffsetInferenceInput,
): Promise<InferredOffset | null> {
  return (await estimateOffsets(session, input)).rounded;
}

/** Pairs the two sides' records by their shared references into temp.offset_pairs (offset-pairs.sql). */
async function pairReferences(session: Pick<Session, 'run'>, input: OffsetInferenceInput): Promise<void> {
  const sql = withIdentifiers(offsetPairsSql, {
    naive_table: input.naiveTable,
    naive_ref: input.naiveRefColumn,
    naive_time: input.naiveTimeColumn,
    aware_table: input.awareTable,
    aware_ref: input.awareRefColumn,
    aware_time: input.awareTimeColumn,
  });
  await session.run(sql, { aware_zone: input.awareZone ?? null });
}

/** Both estimates of one alignment, from one pass over the shared references. */
export async function estimateOffsets(session: Pick<Session, 'query' | 'run'>, input: OffsetInferenceInput): Promise<OffsetEstimates> {
  await pairReferences(session, input);
  const [row] = await session.query<{
    matches: number;
    offset_minutes: number | null;
    agreeing: number | null;
    spread_minutes: number | null;
    window_offset_minutes: number | null;
    window_agreeing: number | null;
    window_spread_minutes: number | null;
  }>(offsetInferenceSql, { lagging_side: input.laggingSide ?? null });
  if (row === undefined || row.matches < MIN_OFFSET_MATCHES) return { rounded: null, clockWindow: null };
  return {
    rounded: estimate(row.matches, row.offset_minutes, row.agreeing, row.spread_minutes),
    clockWindow: estimate(row.matches, row.window_offset_minutes, row.window_agreeing, row.window_spread_minutes),
  };
}

function estimate(matches: number, offsetMinutes: number | null, agreeing: number | null, spread: number | null): InferredOffset | null {
  if (offsetMinutes === null) return null;
  return {
    offsetMinutes,
    matches,
    agreeing: agreeing ?? 0,
    confidence: (agreeing ?? 0) / matches,
    spreadMinutes: spread ?? 0,
  };
}

/** A zone whose offsets, changing on its daylight-saving dates, explain a naive source's shared references. */
export interface InferredZone {
  zone: string;
  matches: number;
  agreeing: number;
  confidence: number;
  spreadMinutes: number;
}

/**
 * The candidate zone that explains most shared references, for a naive source no single offset fits because its
 * wall clock spans a daylight-saving change. Null when fewer than MIN_OFFSET_MATCHES references match.
 */
export async function inferZone(
  session: Pick<Session, 'query' | 'run'>,
  input: OffsetInferenceInput,
  zones: readonly string[],
): Promise<InferredZone | null> {
  await pairReferences(session, input);
  const [best] = await session.query<{ zone: string; matches: number; agreeing: number; spread_minutes: number }>(offsetZoneInferenceSql, {
    zones: [...zones],
  });
  if (best === undefined || best.matches < MIN_OFFSET_MATCHES) return null;
  return {
    zone: best.zone,
    matches: best.matches,
    agreeing: best.agreeing,
    confidence: best.agreeing / best.matches,
    spreadMinutes: best.spread_minutes,
  };
}
