// After an import, gives each source read as UTC for want of a zone the offset its (or its system's) shared references prove, or says why not.
import { COUNTING_SYSTEMS } from '../../../shared/model/findings';
import type { RecordKind } from '../../../shared/model/mapping';
import type { CaseDatabase, JsonRow, Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import naiveSourcesSql from '../sql/naive-sources.sql?raw';
import systemInferredRulesSql from '../sql/system-inferred-rules.sql?raw';
import offsetSideNaiveSql from '../sql/offset-side-naive.sql?raw';
import offsetSideAwareSql from '../sql/offset-side-aware.sql?raw';
import offsetSidePickupsSql from '../sql/offset-side-pickups.sql?raw';
import offsetSideNaivePickupsSql from '../sql/offset-side-naive-pickups.sql?raw';
import offsetSideSystemLedgerSql from '../sql/offset-side-system-ledger.sql?raw';
import shiftSourceTimesSql from '../sql/shift-source-times.sql?raw';
import shiftSourceZoneSql from '../sql/shift-source-zone.sql?raw';
import sourceZoneUpdateSql from '../sql/source-zone-update.sql?raw';
import { estimateOffsets, inferOffset, inferZone, type InferredOffset, type InferredZone } from './offset-inference';
import { formatOffset } from './time-zones';
import { NAIVE_AS_UTC_RULE } from './zone-policy';

/** An offset is applied only when this many references agree, and this share of all that matched. */
const MIN_AGREEING = 5;
const MIN_CONFIDENCE = 0.8;

/**
 * Zones tried when no single offset fits a naive source, its wall clock spanning a daylight-saving change: one zone
 * for each set of offsets and change dates in use (Toronto keeps New York's, Vancouver Los Angeles's, Paris Berlin's).
 */
const DAYLIGHT_SAVING_ZONES = [
  'America/St_Johns',
  'America/Halifax',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Santiago',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Athens',
  'Asia/Jerusalem',
  'Australia/Adelaide',
  'Australia/Sydney',
  'Pacific/Auckland',
];

interface Side {
  table: RecordKind;
  ref: string;
}

/** Where a document reference of one kind of record may reappear in another (same PO, order or receipt number). */
const PAIRINGS: Partial<Record<RecordKind, { naive: Side[]; aware: Side[] }>> = {
  ledger: {
    naive: [{ table: 'ledger', ref: 'txn_id' }, { table: 'ledger', ref: 'reference' }],
    aware: [{ table: 'events', ref: 'record_ref' }, { table: 'ledger', ref: 'reference' }, { table: 'ledger', ref: 'txn_id' }],
  },
  events: {
    naive: [{ table: 'events', ref: 'record_ref' }],
    aware: [{ table: 'ledger', ref: 'txn_id' }, { table: 'ledger', ref: 'reference' }],
  },
};

const TIME_COLUMNS: Record<RecordKind, { read: string; shifted: string[] }> = {
  ledger: { read: 'ts', shifted: ['ts'] },
  events: { read: 'ts', shifted: ['ts'] },
  snapshots: { read: 'last_modified', shifted: ['last_modified', 'captured_at'] },
};

export interface ZoneInference {
  sha256: string;
  tzRule: string;
  warnings: string[];
}

interface NaiveSource {
  source_id: number;
  sha256: string;
  kind: RecordKind;
  system: string | null;
  warnings: string | null;
}

/** An offset or zone one source's references proved, which the other naive sources of its system adopt. */
interface SystemOffset {
  offsetMinutes: number | null;
  zone: string | null;
  fileName: string;
}

const INFERRED_RULE = /^inferred UTC([+-])(\d{2}):(\d{2})$/;
const INFERRED_ZONE_RULE = /^inferred ([A-Za-z]+\/[A-Za-z_/]+)$/;

/**
 * Sources with references (ledgers, events) are tried first. A source with none to compare (a snapshot) or too few
 * then takes the offset proved for another source of the same system, when that system's proofs agree: an ERP's
 * exports share its clock.
 */
export async function inferNaiveZones(db: CaseDatabase): Promise<ZoneInference[]> {
  const naive = await db.query<NaiveSource & JsonRow>(naiveSourcesSql, { naive_rule: NAIVE_AS_UTC_RULE });
  const results = new Map<number, ZoneInference>();
  for (const source of naive.filter((candidate) => PAIRINGS[candidate.kind] !== undefined)) {
    const inferred = await db.transaction((session) => inferOne(session, source));
    results.set(source.source_id, { sha256: source.sha256, ...inferred });
  }
  const proven = await systemOffsets(db);
  for (const source of naive) {
    if (results.get(source.source_id)?.tzRule.startsWith('inferred') === true) continue;
    const fellow = source.system === null ? undefined : proven.get(source.system);
    if (fellow === undefined && results.has(source.source_id)) continue;
    const inferred = await db.transaction((session) =>
      fellow === undefined ? inferOne(session, source) : adoptOffset(session, source, fellow),
    );
    results.set(source.source_id, { sha256: source.sha256, ...inferred });
  }
  return [...results.values()];
}

/** Per system, the one offset its sources' references proved; a system whose proofs disagree gets none. */
async function systemOffsets(db: CaseDatabase): Promise<Map<string, SystemOffset>> {
  const rows = await db.query<{ system: string; tz_rule: string; file_name: string }>(systemInferredRulesSql);
  const offsets = new Map<string, SystemOffset | null>();
  for (const row of rows) {
    const match = INFERRED_RULE.exec(row.tz_rule);
    const zone = INFERRED_ZONE_RULE.exec(row.tz_rule)?.[1] ?? null;
    if (match === null && zone === null) continue;
    const offsetMinutes = match === null ? null : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
    offsets.set(row.system, offsets.has(row.system) ? null : { offsetMinutes, zone, fileName: row.file_name });
  }
  return new Map([...offsets].filter((entry): entry is [string, SystemOffset] => entry[1] !== null));
}

/** A source's earlier verdict on its zone is replaced when it is tried again at a later import. */
function keptWarnings(warnings: string | null): string[] {
  return (warnings ?? '').split('; ').filter((warning) => warning !== '' && !warning.startsWith('no zone'));
}

async function inferOne(session: Session, source: NaiveSource): Promise<Omit<ZoneInference, 'sha256'>> {
  const kept = keptWarnings(source.warnings);
  const best = await bestOffset(session, source.source_id, source.kind);
  const proven = best !== null && acceptable(best) ? { offset: best, from: 'shared with zone-aware sources', lag: 'handoff lag spread' } : null;
  const clock = proven === null && source.system !== null ? await clockDrivenOffset(session, source) : null;
  const chosen =
    proven ??
    (clock !== null && acceptable(clock.offset)
      ? { offset: clock.offset, from: `${clock.pickups} within the hour after they were written (a clock-driven handoff)`, lag: 'lags spread over' }
      : null);
  if (chosen !== null) {
    const { offset, from, lag } = chosen;
    return applyOffset(
      session,
      source,
      offset.offsetMinutes,
      `no zone given: UTC${formatOffset(offset.offsetMinutes)} inferred from ${offset.agreeing} of ${offset.matches} references ` +
        `${from} (${Math.round(offset.confidence * 100)}% agree; ${lag} ${Math.round(offset.spreadMinutes)} min); give --tz to override`,
    );
  }
  // No single offset fits: a wall clock that spans a daylight-saving change splits its references between two.
  const zoned = best === null ? null : await bestZone(session, source.source_id, source.kind);
  if (zoned !== null && acceptable(zoned)) {
    return applyZone(
      session,
      source,
      zoned.zone,
      `no zone given: ${zoned.zone} (its offsets and daylight-saving dates) inferred from ${zoned.agreeing} of ${zoned.matches} ` +
        `references shared with zone-aware sources (${Math.round(zoned.confidence * 100)}% agree, where no single offset fits); ` +
        'give --tz to override',
    );
  }
  kept.push(
    best === null
      ? 'no zone could be inferred: too few references shared with zone-aware sources'
      : `no zone inferred: only ${best.agreeing} of ${best.matches} shared references agree on UTC${formatOffset(best.offsetMinutes)}` +
          (zoned === null ? '' : `, and ${zoned.agreeing} on ${zoned.zone}, the zone that fits best`),
  );
  await session.run(sourceZoneUpdateSql, { source_id: source.source_id, tz_rule: NAIVE_AS_UTC_RULE, warnings: kept.join('; ') });
  return { tzRule: NAIVE_AS_UTC_RULE, warnings: kept };
}

async function adoptOffset(session: Session, source: NaiveSource, fellow: SystemOffset): Promise<Omit<ZoneInference, 'sha256'>> {
  const taken =
    `taken from ${fellow.fileName}, another ${source.system ?? ''} source ` +
    'whose references shared with zone-aware sources proved it (same system, same clock); give --tz to override';
  if (fellow.zone !== null) return applyZone(session, source, fellow.zone, `no zone given: ${fellow.zone} ${taken}`);
  const offsetMinutes = fellow.offsetMinutes ?? 0;
  return applyOffset(session, source, offsetMinutes, `no zone given: UTC${formatOffset(offsetMinutes)} ${taken}`);
}

async function applyZone(session: Session, source: NaiveSource, zone: string, note: string): Promise<Omit<ZoneInference, 'sha256'>> {
  for (const column of TIME_COLUMNS[source.kind].shifted) {
    await session.run(withIdentifiers(shiftSourceZoneSql, { table: source.kind, column }), { source_id: source.source_id, zone });
  }
  return recordRule(session, source, `inferred ${zone}`, note);
}

async function applyOffset(
  session: Session,
  source: NaiveSource,
  offsetMinutes: number,
  note: string,
): Promise<Omit<ZoneInference, 'sha256'>> {
  for (const column of TIME_COLUMNS[source.kind].shifted) {
    await session.run(withIdentifiers(shiftSourceTimesSql, { table: source.kind, column }), {
      source_id: source.source_id,
      offset_minutes: offsetMinutes,
    });
  }
  return recordRule(session, source, `inferred UTC${formatOffset(offsetMinutes)}`, note);
}

async function recordRule(session: Session, source: NaiveSource, tzRule: string, note: string): Promise<Omit<ZoneInference, 'sha256'>> {
  const kept = keptWarnings(source.warnings).filter((warning) => !warning.startsWith('times are written without a zone'));
  kept.push(note);
  await session.run(sourceZoneUpdateSql, { source_id: source.source_id, tz_rule: tzRule, warnings: kept.join('; ') });
  return { tzRule, warnings: kept };
}

function acceptable(offset: Pick<InferredOffset, 'agreeing' | 'confidence'>): boolean {
  return offset.agreeing >= MIN_AGREEING && offset.confidence >= MIN_CONFIDENCE;
}

/** A clock-driven estimate, and whose pickups it was read from, worded to follow "N of M references". */
interface ClockOffset {
  offset: InferredOffset;
  pickups: string;
}

/**
 * Records the middleware picks up on a schedule: each event follows its record by up to the sync period, which
 * spreads the differences over several 15-minute steps, so the whole hour they fall within gives the offset. A naive
 * ledger is read against the events carrying its system's records onward; a naive middleware log, each system's
 * zone-aware ledger against this log's events on paths from that system.
 */
async function clockDrivenOffset(session: Session, source: NaiveSource): Promise<ClockOffset | null> {
  if (source.kind === 'ledger' && source.system !== null) {
    await session.run(offsetSidePickupsSql, { system: source.system, naive_rule: NAIVE_AS_UTC_RULE });
    const offset = await bestClockWindow(session, 'aware', async (ref) => {
      await session.run(withIdentifiers(offsetSideNaiveSql, { table: 'ledger', ref, time: TIME_COLUMNS.ledger.read }), {
        source_id: source.source_id,
      });
    });
    return offset === null ? null : { offset, pickups: `the middleware picked up from ${source.system}` };
  }
  if (source.kind !== 'events') return null;
  let best: ClockOffset | null = null;
  for (const system of COUNTING_SYSTEMS) {
    await session.run(offsetSideNaivePickupsSql, { source_id: source.source_id, system });
    const offset = await bestClockWindow(session, 'naive', async (ref) => {
      await session.run(withIdentifiers(offsetSideSystemLedgerSql, { ref }), { system, naive_rule: NAIVE_AS_UTC_RULE });
    });
    if (offset !== null && (best === null || offset.agreeing > best.offset.agreeing)) {
      best = { offset, pickups: `this log picked up from ${system}` };
    }
  }
  return best;
}

/** The best clock window over the ledger's two reference columns, `fill` writing the side that reads each one. */
async function bestClockWindow(
  session: Session,
  laggingSide: 'aware' | 'naive',
  fill: (ledgerRef: string) => Promise<void>,
): Promise<InferredOffset | null> {
  let best: InferredOffset | null = null;
  for (const { ref } of PAIRINGS.ledger?.naive ?? []) {
    await fill(ref);
    const { clockWindow } = await estimateOffsets(session, { ...OFFSET_TABLES, laggingSide });
    if (clockWindow !== null && (best === null || clockWindow.agreeing > best.agreeing)) best = clockWindow;
  }
  return best;
}

/** The temporary tables the offset-side statements fill, as inferOffset reads them. */
const OFFSET_TABLES = {
  naiveTable: 'offset_naive',
  naiveRefColumn: 'ref',
  naiveTimeColumn: 't',
  awareTable: 'offset_aware',
  awareRefColumn: 'ref',
  awareTimeColumn: 't',
};

/** The daylight-saving zone that explains most of a source's shared references, over every pairing. */
async function bestZone(session: Session, sourceId: number, kind: RecordKind): Promise<InferredZone | null> {
  return bestOverPairings(session, sourceId, kind, (tables) => inferZone(session, tables, DAYLIGHT_SAVING_ZONES));
}

async function bestOffset(session: Session, sourceId: number, kind: RecordKind): Promise<InferredOffset | null> {
  return bestOverPairings(session, sourceId, kind, (tables) => inferOffset(session, tables));
}

/** The estimate with the most agreeing references over every pairing of the source's references with aware ones. */
async function bestOverPairings<T extends { agreeing: number }>(
  session: Session,
  sourceId: number,
  kind: RecordKind,
  estimate: (tables: typeof OFFSET_TABLES) => Promise<T | null>,
): Promise<T | null> {
  const pairing = PAIRINGS[kind];
  if (pairing === undefined) return null;
  let best: T | null = null;
  for (const naive of pairing.naive) {
    await session.run(withIdentifiers(offsetSideNaiveSql, { table: naive.table, ref: naive.ref, time: TIME_COLUMNS[kind].read }), {
      source_id: sourceId,
    });
    for (const aware of pairing.aware) {
      await session.run(withIdentifiers(offsetSideAwareSql, { table: aware.table, ref: aware.ref }), {
        naive_rule: NAIVE_AS_UTC_RULE,
      });
      const found = await estimate(OFFSET_TABLES);
      if (found !== null && (best === null || found.agreeing > best.agreeing)) best = found;
    }
  }
  return best;
}
