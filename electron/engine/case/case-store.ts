// Creates and opens case files: a DuckDB database with Driftscope's bookkeeping tables and a schema version.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CaseInfo } from '../../../shared/model/case';
import { CaseDatabase, type DatabaseLimits, type Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import caseSchemaSql from '../sql/case-schema.sql?raw';
import caseMetaReadSql from '../sql/case-meta-read.sql?raw';
import caseMetaWriteSql from '../sql/case-meta-write.sql?raw';
import caseSchemaUpgradeSql from '../sql/case-schema-upgrade.sql?raw';
import timeMacrosSql from '../sql/time-macros.sql?raw';
import valueMacrosSql from '../sql/value-macros.sql?raw';
import keyMacrosSql from '../sql/key-macros.sql?raw';
import caseKeysFillSql from '../sql/case-keys-fill.sql?raw';
import { fillRoutesFromFlows } from '../ingest/flow-routes';
import { ensureCrosswalk, installCrosswalkSchema } from '../crosswalk/infer-crosswalk';
import { fillSkusFromText } from '../ingest/sku-from-text';

/**
 * 4: annotations and starred SKUs (created by case-schema.sql when an older case opens). 5: ledger rows' second
 * document reference, alt_reference and its join key alt_ref_key (added by case-schema-upgrade.sql; rows loaded
 * before had no second reference, so both stay empty for them). 6: events' sku_from, where an event's SKU was read
 * from its message or payload (ingest/sku-from-text.ts; events loaded before get theirs when the case opens).
 */
export const CASE_SCHEMA_VERSION = 6;
const APP_MARK = 'driftscope';

export interface OpenCase {
  info: CaseInfo;
  db: CaseDatabase;
}

export async function createCase(path: string, limits?: DatabaseLimits): Promise<OpenCase> {
  const absolute = resolve(path);
  if (existsSync(absolute)) {
    throw new EngineError('bad_request', `${absolute} already exists: open it, or choose a new file name`);
  }
  mkdirSync(dirname(absolute), { recursive: true });
  const db = await openDatabase(absolute, limits);
  try {
    await installSchema(db);
    const createdAt = new Date().toISOString();
    for (const [key, value] of [
      ['app', APP_MARK],
      ['schema_version', String(CASE_SCHEMA_VERSION)],
      ['created_at', createdAt],
    ]) {
      await db.run(caseMetaWriteSql, { key: key ?? '', value: value ?? '' });
    }
    return { db, info: { path: absolute, schemaVersion: CASE_SCHEMA_VERSION, createdAt } };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function openCase(path: string, limits?: DatabaseLimits): Promise<OpenCase> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new EngineError('not_found', `${absolute}: no such case file`);
  const db = await openDatabase(absolute, limits);
  try {
    const meta = await readMeta(db, absolute);
    const version = Number(meta.get('schema_version'));
    if (version > CASE_SCHEMA_VERSION) {
      throw new EngineError(
        'bad_request',
        `${absolute} was written by a newer Driftscope (case schema ${version}); this version reads up to ${CASE_SCHEMA_VERSION}`,
      );
    }
    await installSchema(db);
    if (version < 3) await storeJoinKeys(db);
    if (version < 6) await db.withSession(readSkusFromText);
    if (version < CASE_SCHEMA_VERSION) await db.run(caseMetaWriteSql, { key: 'schema_version', value: String(CASE_SCHEMA_VERSION) });
    return { db, info: { path: absolute, schemaVersion: CASE_SCHEMA_VERSION, createdAt: meta.get('created_at') ?? '' } };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Tables, upgrades of older cases and the SQL macros the importer uses; every step is idempotent. */
async function installSchema(db: CaseDatabase): Promise<void> {
  await db.run(caseSchemaSql);
  await db.run(caseSchemaUpgradeSql);
  await db.run(valueMacrosSql);
  await db.run(timeMacrosSql);
  await db.run(keyMacrosSql);
  await installCrosswalkSchema(db);
}

/** Schema 6 reads the SKUs events' texts name, from the SKUs the crosswalk knows (inferred first if the case has none). */
async function readSkusFromText(session: Session): Promise<void> {
  await ensureCrosswalk(session);
  await fillSkusFromText(session);
}

/** Schema 3 stores join keys and flow-derived paths as rows land; rows loaded before get them once, here. */
async function storeJoinKeys(db: CaseDatabase): Promise<void> {
  await db.run(caseKeysFillSql);
  await fillRoutesFromFlows(db.session, null);
}

async function readMeta(db: CaseDatabase, path: string): Promise<Map<string, string>> {
  const rows = await db
    .query<{ key: string; value: string }>(caseMetaReadSql)
    .catch(() => [] as { key: string; value: string }[]);
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  if (meta.get('app') !== APP_MARK) {
    throw new EngineError('bad_request', `${path} is not a Driftscope case file`);
  }
  return meta;
}

async function openDatabase(path: string, limits?: DatabaseLimits): Promise<CaseDatabase> {
  try {
    return await CaseDatabase.open(path, limits);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(message)) {
      throw new EngineError('case_locked', `${path} is open in another Driftscope window or process`);
    }
    if (/not a valid DuckDB database|Unable to open|invalid|magic/i.test(message)) {
      throw new EngineError('bad_request', `${path} is not a Driftscope case file (${message.split('\n')[0]})`);
    }
    throw error;
  }
}
