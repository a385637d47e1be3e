// Hand-made cases for the crosswalk tests: a case file with rows written straight in, and its crosswalk read back.
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { CrosswalkEntry, CrosswalkKind } from '../../../../../shared/model/crosswalk';
import { createCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { listCrosswalk } from '../../../../../electron/engine/crosswalk/crosswalk-mappings';
import { reinferCrosswalk } from '../../../../../electron/engine/crosswalk/infer-crosswalk';
import { caseRows, type CaseRows } from '../../../../support/case-rows';
import { tempFolder } from '../../../../support/temp-folder';

export interface CrosswalkCase {
  db: CaseDatabase;
  rows: CaseRows;
  /** Re-infers the crosswalk and returns every row of one kind. */
  infer(kind: CrosswalkKind): Promise<CrosswalkEntry[]>;
  entries(kind: CrosswalkKind): Promise<CrosswalkEntry[]>;
  /** The row of one system's value (a location by its spelling, a SKU as written). */
  entry(kind: CrosswalkKind, system: string, raw: string): Promise<CrosswalkEntry | undefined>;
}

const locationKey = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A new case file, closed when the test file ends. */
export async function crosswalkCase(name = 'crosswalk.driftcase'): Promise<CrosswalkCase> {
  const folder = tempFolder('driftscope-crosswalk-');
  const { db } = await createCase(join(folder, name), { memoryLimit: '512MB', threads: 2 });
  afterAll(() => db.close());
  const entries = async (kind: CrosswalkKind) => (await listCrosswalk(db, { kind, limit: 500 })).entries;
  return {
    db,
    rows: await caseRows(db),
    entries,
    infer: async (kind) => {
      await reinferCrosswalk(db);
      return entries(kind);
    },
    entry: async (kind, system, raw) => {
      const key = kind === 'location' ? locationKey(raw) : raw;
      return (await entries(kind)).find((entry) => entry.system === system && entry.raw_key === key);
    },
  };
}

/** Each system's identity as `system:raw -> canonical`, for comparing whole crosswalks at a glance. */
export function mappings(entries: CrosswalkEntry[]): string[] {
  return entries.map((entry) => `${entry.system}:${entry.raw_value} -> ${entry.canonical_key}`).sort();
}

export const at = (hhmm: string): string => `2026-11-20T${hhmm}:00Z`;
