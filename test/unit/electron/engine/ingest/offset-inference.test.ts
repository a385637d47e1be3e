// Offset inference: a naive source's UTC offset, found by aligning its references with a zone-aware source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { inferOffset, inferZone, type OffsetInferenceInput } from '../../../../../electron/engine/ingest/offset-inference';
import timeMacrosSql from '../../../../../electron/engine/sql/time-macros.sql?raw';

let db: CaseDatabase;

beforeAll(async () => {
  db = await CaseDatabase.open(':memory:');
  await db.run(timeMacrosSql);
});
afterAll(() => db.close());

const MINUTE = 60_000;

/** `11/3/2026 4:05 PM`, as an ERP saved search writes local time, from a Date holding the wall clock as UTC. */
function usWallClock(wall: Date): string {
  const hours = wall.getUTCHours();
  const minutes = String(wall.getUTCMinutes()).padStart(2, '0');
  const date = `${wall.getUTCMonth() + 1}/${wall.getUTCDate()}/${wall.getUTCFullYear()}`;
  return `${date} ${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

interface Pair {
  ref: string;
  /** The instant the ERP recorded the document. */
  at: Date;
  /** Minutes until the middleware event. */
  lag: number;
}

/** An ERP table with naive US times at offsetMinutes, and a middleware table with UTC ISO times. */
async function loadPair(name: string, pairs: Pair[], offsetMinutes: number): Promise<OffsetInferenceInput> {
  const erp = `${name} erp "ledger"`;
  const events = `${name} events`;
  await db.run(`CREATE TABLE "${erp.replaceAll('"', '""')}" ("PO #" VARCHAR, "Date Created" VARCHAR)`);
  await db.run(`CREATE TABLE "${events}" (record_id VARCHAR, "occurredAt" VARCHAR)`);
  for (const { ref, at, lag } of pairs) {
    await db.run(`INSERT INTO "${erp.replaceAll('"', '""')}" VALUES ($ref, $time)`, {
      ref,
      time: usWallClock(new Date(at.getTime() + offsetMinutes * MINUTE)),
    });
    await db.run(`INSERT INTO "${events}" VALUES ($ref, $time)`, {
      ref,
      time: new Date(at.getTime() + lag * MINUTE).toISOString(),
    });
  }
  return {
    naiveTable: erp,
    naiveRefColumn: 'PO #',
    naiveTimeColumn: 'Date Created',
    awareTable: events,
    awareRefColumn: 'record_id',
    awareTimeColumn: 'occurredAt',
  };
}

function receipts(count: number, start: string, lags: number[]): Pair[] {
  return Array.from({ length: count }, (_, i) => ({
    ref: `PO-${1001 + i}`,
    at: new Date(Date.parse(start) + i * 37 * MINUTE),
    lag: lags[i % lags.length] ?? 0,
  }));
}

describe('inferOffset', () => {
  it('finds UTC-05:00 for an ERP writing local time, despite lag jitter and unrelated outliers', async () => {
    const pairs = receipts(20, '2026-11-03T14:00:00Z', [1, 3, 6, 2, 4, 5]);
    const input = await loadPair('chicago', pairs, -300);
    // Two references whose only middleware event is unrelated to the receipt: a re-push three hours later, and
    // one two days later (no offset at all).
    await db.run(`UPDATE "chicago events" SET "occurredAt" = '2026-11-03T21:30:00Z' WHERE record_id = 'PO-1004'`);
    await db.run(`UPDATE "chicago events" SET "occurredAt" = '2026-11-05T18:00:00Z' WHERE record_id = 'PO-1009'`);
    // A retry after the first delivery, references on one side only, and rows with no reference.
    await db.run(`INSERT INTO "chicago events" VALUES ('PO-1003', '2026-11-03T17:30:00Z'), ('PO-3000', '2026-11-03T15:00:00Z'),
                  (NULL, '2026-11-03T15:00:00Z'), ('', '2026-11-03T15:00:00Z')`);
    await db.run(`INSERT INTO "chicago erp ""ledger""" VALUES ('PO-2000', '11/3/2026 9:00 AM'), (NULL, '11/3/2026 9:00 AM')`);

    expect(await inferOffset(db.session, input)).toEqual({
      offsetMinutes: -300,
      matches: 20,
      agreeing: 18,
      confidence: 0.9,
      spreadMinutes: 5,
    });
  });

  it('finds a half-hour offset from typed columns: naive TIMESTAMP against epoch milliseconds', async () => {
    await db.run(`CREATE TABLE wms_moves (shipment_ref VARCHAR, moved_at TIMESTAMP)`);
    await db.run(`CREATE TABLE shop_events (ref VARCHAR, ts BIGINT)`);
    for (let i = 0; i < 10; i += 1) {
      const at = Date.parse('2026-11-03T08:00:00Z') + i * 53 * MINUTE;
      await db.run(`INSERT INTO wms_moves VALUES ($ref, $wall::TIMESTAMP)`, {
        ref: `SH-${i}`,
        wall: new Date(at + 330 * MINUTE).toISOString().replace('Z', ''),
      });
      await db.run(`INSERT INTO shop_events VALUES ($ref, $ms::BIGINT)`, { ref: `SH-${i}`, ms: String(at + (i % 4) * MINUTE) });
    }
    const inferred = await inferOffset(db.session, {
      naiveTable: 'wms_moves',
      naiveRefColumn: 'shipment_ref',
      naiveTimeColumn: 'moved_at',
      awareTable: 'shop_events',
      awareRefColumn: 'ref',
      awareTimeColumn: 'ts',
    });
    expect(inferred).toEqual({ offsetMinutes: 330, matches: 10, agreeing: 10, confidence: 1, spreadMinutes: 3 });
  });

  it('reads the aware side in its known zone when its times carry no offset', async () => {
    const input = await loadPair('berlin', receipts(6, '2026-11-03T09:00:00Z', [2]), -300);
    // The middleware writes Berlin wall-clock time (UTC+01:00 in November) without an offset.
    await db.run(`UPDATE "berlin events" SET "occurredAt" = strftime(CAST("occurredAt" AS TIMESTAMPTZ) + INTERVAL 1 HOUR, '%Y-%m-%d %H:%M:%S')`);
    expect(await inferOffset(db.session, input)).toBeNull();
    expect(await inferOffset(db.session, { ...input, awareZone: 'Europe/Berlin' })).toEqual({
      offsetMinutes: -300,
      matches: 6,
      agreeing: 6,
      confidence: 1,
      spreadMinutes: 0,
    });
  });

  it('shows a daylight-saving change inside the naive source as lower confidence, and the zone whose dates explain it', async () => {
    const october = receipts(10, '2026-10-29T14:00:00Z', [2]);
    const input = await loadPair('new_york', october, -240);
    const november = receipts(6, '2026-11-04T14:00:00Z', [2]).map((pair, i) => ({ ...pair, ref: `PO-9${i}` }));
    for (const { ref, at, lag } of november) {
      await db.run(`INSERT INTO "new_york erp ""ledger""" VALUES ($ref, $time)`, {
        ref,
        time: usWallClock(new Date(at.getTime() - 300 * MINUTE)),
      });
      await db.run(`INSERT INTO "new_york events" VALUES ($ref, $time)`, {
        ref,
        time: new Date(at.getTime() + lag * MINUTE).toISOString(),
      });
    }
    expect(await inferOffset(db.session, input)).toEqual({
      offsetMinutes: -240,
      matches: 16,
      agreeing: 10,
      confidence: 0.625,
      spreadMinutes: 0,
    });
    expect(await inferZone(db.session, input, ['America/Chicago', 'America/New_York', 'Europe/London'])).toEqual({
      zone: 'America/New_York',
      matches: 16,
      agreeing: 16,
      confidence: 1,
      spreadMinutes: 0,
    });
  });

  it('gives null with fewer than three matching references', async () => {
    const input = await loadPair('few', receipts(2, '2026-11-03T14:00:00Z', [2]), -300);
    expect(await inferOffset(db.session, input)).toBeNull();
  });

  it('gives null when no difference is an offset in use', async () => {
    const input = await loadPair('far', receipts(4, '2026-11-03T14:00:00Z', [3 * 24 * 60]), 0);
    expect(await inferOffset(db.session, input)).toBeNull();
  });
});
