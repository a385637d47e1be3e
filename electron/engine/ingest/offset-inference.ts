// Infers the UTC offset of a naive local-time source from the references it shares with a zone-aware source.
import type { Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import offsetInferenceSql from '../sql/offset-inference.sql?raw';

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

/**
 * Aligns a naive source with a zone-aware one on shared references and returns the offset most of them agree
 * on, to the nearest 15 minutes. Null when fewer than MIN_OFFSET_MATCHES references match, or none of the
 * differences is an offset in use. A fixed offset is what comes back: a naive source spanning a daylight-saving
 * change splits its matches between two offsets, which shows as a lower confidence.
 * Lags of 7.5 minutes or more round to the next step, so a clock-driven handoff with a long period lowers the
 * confidence too.
 */
export async function inferOffset(
  session: Pick<Session, 'query'>,
  input: OffsetInferenceInput,
): Promise<InferredOffset | null> {
  const sql = withIdentifiers(offsetInferenceSql, {
    naive_table: input.naiveTable,
    naive_ref: input.naiveRefColumn,
    naive_time: input.naiveTimeColumn,
    aware_table: input.awareTable,
    aware_ref: input.awareRefColumn,
    aware_time: input.awareTimeColumn,
  });
  const [row] = await session.query<{
    matches: number;
    offset_minutes: number | null;
    agreeing: number | null;
    spread_minutes: number | null;
  }>(sql, { aware_zone: input.awareZone ?? null });
  if (row === undefined || row.matches < MIN_OFFSET_MATCHES || row.offset_minutes === null) return null;
  const agreeing = row.agreeing ?? 0;
  return {
    offsetMinutes: row.offset_minutes,
    matches: row.matches,
    agreeing,
    confidence: agreeing / row.matches,
    spreadMinutes: row.spread_minutes ?? 0,
  };
}
