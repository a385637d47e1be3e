// After an import, gives each source read as UTC for want of a zone the offset its shared references prove, or says why not.
import type { RecordKind } from '../../../shared/model/mapping';
import type { CaseDatabase, Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import naiveSourcesSql from '../sql/naive-sources.sql?raw';
import offsetSideNaiveSql from '../sql/offset-side-naive.sql?raw';
import offsetSideAwareSql from '../sql/offset-side-aware.sql?raw';
import shiftSourceTimesSql from '../sql/shift-source-times.sql?raw';
import sourceZoneUpdateSql from '../sql/source-zone-update.sql?raw';
import { inferOffset, type InferredOffset } from './offset-inference';
import { formatOffset } from './time-zones';
import { NAIVE_AS_UTC_RULE } from './zone-policy';

/** An offset is applied only when this many references agree, and this share of all that matched. */
const MIN_AGREEING = 5;
const MIN_CONFIDENCE = 0.8;

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

export async function inferNaiveZones(db: CaseDatabase): Promise<ZoneInference[]> {
  const naive = await db.query<{ source_id: number; sha256: string; kind: RecordKind; warnings: string | null }>(naiveSourcesSql, {
    naive_rule: NAIVE_AS_UTC_RULE,
  });
  const results: ZoneInference[] = [];
  for (const source of naive) {
    const inferred = await db.transaction((session) => inferOne(session, source.source_id, source.kind, source.warnings));
    results.push({ sha256: source.sha256, ...inferred });
  }
  return results;
}

async function inferOne(
  session: Session,
  sourceId: number,
  kind: RecordKind,
  warnings: string | null,
): Promise<Omit<ZoneInference, 'sha256'>> {
  // A source may be tried again at a later import (new zone-aware sources); its earlier verdict is replaced.
  const kept = (warnings ?? '').split('; ').filter((warning) => warning !== '' && !warning.startsWith('no zone'));
  const best = await bestOffset(session, sourceId, kind);
  let tzRule = NAIVE_AS_UTC_RULE;
  if (best !== null && best.agreeing >= MIN_AGREEING && best.confidence >= MIN_CONFIDENCE) {
    for (const column of TIME_COLUMNS[kind].shifted) {
      await session.run(withIdentifiers(shiftSourceTimesSql, { table: kind, column }), {
        source_id: sourceId,
        offset_minutes: best.offsetMinutes,
      });
    }
    tzRule = `inferred UTC${formatOffset(best.offsetMinutes)}`;
    kept.splice(0, kept.length, ...kept.filter((warning) => !warning.startsWith('times are written without a zone')));
    kept.push(
      `no zone given: UTC${formatOffset(best.offsetMinutes)} inferred from ${best.agreeing} of ${best.matches} references ` +
        `shared with zone-aware sources (${Math.round(best.confidence * 100)}% agree; handoff lag spread ${Math.round(best.spreadMinutes)} min); give --tz to override`,
    );
  } else {
    kept.push(
      best === null
        ? 'no zone could be inferred: too few references shared with zone-aware sources'
        : `no zone inferred: only ${best.agreeing} of ${best.matches} shared references agree on UTC${formatOffset(best.offsetMinutes)}`,
    );
  }
  await session.run(sourceZoneUpdateSql, { source_id: sourceId, tz_rule: tzRule, warnings: kept.join('; ') });
  return { tzRule, warnings: kept };
}

async function bestOffset(session: Session, sourceId: number, kind: RecordKind): Promise<InferredOffset | null> {
  const pairing = PAIRINGS[kind];
  if (pairing === undefined) return null;
  let best: InferredOffset | null = null;
  for (const naive of pairing.naive) {
    await session.run(withIdentifiers(offsetSideNaiveSql, { table: naive.table, ref: naive.ref, time: TIME_COLUMNS[kind].read }), {
      source_id: sourceId,
    });
    for (const aware of pairing.aware) {
      await session.run(withIdentifiers(offsetSideAwareSql, { table: aware.table, ref: aware.ref }), {
        naive_rule: NAIVE_AS_UTC_RULE,
      });
      const found = await inferOffset(session, {
        naiveTable: 'offset_naive',
        naiveRefColumn: 'ref',
        naiveTimeColumn: 't',
        awareTable: 'offset_aware',
        awareRefColumn: 'ref',
        awareTimeColumn: 't',
      });
      if (found !== null && (best === null || found.agreeing > best.agreeing)) best = found;
    }
  }
  return best;
}
