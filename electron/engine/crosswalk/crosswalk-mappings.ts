// The crosswalk as the consultant sees and edits it: pages of it, and mappings set or removed.
import {
  CROSSWALK_PAGE_MAX,
  type CrosswalkEntry,
  type CrosswalkKind,
  type CrosswalkMethod,
  type CrosswalkPage,
  type ListCrosswalkRequest,
  type RemoveCrosswalkMappingRequest,
  type SetCrosswalkMappingRequest,
} from '../../../shared/model/crosswalk';
import type { CaseDatabase, JsonRow, Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import crosswalkEditRemoveSql from '../sql/crosswalk/crosswalk-edit-remove.sql?raw';
import crosswalkEditSaveSql from '../sql/crosswalk/crosswalk-edit-save.sql?raw';
import crosswalkEntrySql from '../sql/crosswalk/crosswalk-entry.sql?raw';
import crosswalkKeysSql from '../sql/crosswalk/crosswalk-keys.sql?raw';
import crosswalkListSql from '../sql/crosswalk/crosswalk-list.sql?raw';
import crosswalkMethodsSql from '../sql/crosswalk/crosswalk-methods.sql?raw';
import crosswalkSystemsSql from '../sql/crosswalk/crosswalk-systems.sql?raw';
import { changeCrosswalkEdits, ensureCrosswalk } from './infer-crosswalk';

const DEFAULT_PAGE = 100;

const count = (value: JsonRow[string] | undefined): number | null => (value === null || value === undefined ? null : Number(value));

function toEntry(row: JsonRow): CrosswalkEntry {
  return {
    kind: row.kind as CrosswalkKind,
    system: String(row.system),
    raw_value: String(row.raw_value),
    raw_key: String(row.raw_key),
    canonical_key: String(row.canonical_key),
    method: row.method as CrosswalkMethod,
    evidence: String(row.evidence),
    support: count(row.support),
    confidence: count(row.confidence),
    matched_system: (row.matched_system as string | null) ?? null,
    matched_value: (row.matched_value as string | null) ?? null,
    records: Number(row.records),
  };
}

export async function listCrosswalk(db: CaseDatabase, request: ListCrosswalkRequest): Promise<CrosswalkPage> {
  return db.withSession(async (session) => {
    await db.oneAtATime(() => ensureCrosswalk(session));
    const search = request.search?.trim() ?? '';
    const rows = await session.query(crosswalkListSql, {
      kind: request.kind,
      search: search === '' ? null : search,
      offset: request.offset ?? 0,
      limit: Math.min(request.limit ?? DEFAULT_PAGE, CROSSWALK_PAGE_MAX),
    });
    const methods = await session.query<{ method: string; count: string | number }>(crosswalkMethodsSql, { kind: request.kind });
    return {
      entries: rows.map(toEntry),
      total: rows.length === 0 ? 0 : Number(rows[0]?.total),
      methods: methods.map((row) => ({ method: row.method as CrosswalkMethod, count: Number(row.count) })),
    };
  });
}

/** The keys a mapping is stored under; refuses a value or target that leaves nothing to compare. */
async function mappingKeys(session: Session, kind: CrosswalkKind, raw: string, canonical: string | null) {
  const [keys] = await session.query<{ raw_key: string | null; target: string | null }>(crosswalkKeysSql, { kind, raw, canonical });
  const rawKey = keys?.raw_key ?? '';
  if (rawKey === '') throw new EngineError('bad_request', `"${raw}" has no letters or digits to match a ${kind} by`);
  const target = keys?.target ?? '';
  if (canonical !== null && target === '') {
    throw new EngineError('bad_request', `"${canonical}" has no letters or digits to name a ${kind} by`);
  }
  return { rawKey, target };
}

async function requireKnownSystem(session: Session, system: string): Promise<void> {
  const systems = (await session.query<{ system: string }>(crosswalkSystemsSql)).map((row) => row.system);
  if (!systems.includes(system)) {
    throw new EngineError('bad_request', `Unknown system "${system}": the case knows ${systems.join(', ')}`);
  }
}

/** Maps one system's value to an identity, lays it over the inferred crosswalk and returns the row it gave. */
export async function setCrosswalkMapping(db: CaseDatabase, request: SetCrosswalkMappingRequest): Promise<CrosswalkEntry> {
  const { kind, system, raw, canonical } = request;
  const { rawKey, target } = await db.withSession(async (session) => {
    await requireKnownSystem(session, system);
    return mappingKeys(session, kind, raw, canonical);
  });
  await changeCrosswalkEdits(db, (session) =>
    session.run(crosswalkEditSaveSql, { kind, system, raw_key: rawKey, raw_value: raw, target }),
  );
  const [row] = await db.query(crosswalkEntrySql, { kind, system, raw_key: rawKey });
  if (row === undefined) throw new EngineError('internal', `The mapping of ${system} "${raw}" was saved but cannot be read back`);
  return toEntry(row);
}

/** Removes one system's mapping, so the inferred identity applies again; false when there was none. */
export async function removeCrosswalkMapping(
  db: CaseDatabase,
  request: RemoveCrosswalkMappingRequest,
): Promise<{ removed: boolean }> {
  const { kind, system, raw } = request;
  const { rawKey } = await db.withSession((session) => mappingKeys(session, kind, raw, null));
  let removed = false;
  await changeCrosswalkEdits(db, async (session) => {
    removed = (await session.query(crosswalkEditRemoveSql, { kind, system, raw_key: rawKey })).length > 0;
  });
  return { removed };
}
