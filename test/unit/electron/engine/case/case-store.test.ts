// Creating and reopening case files, and refusing files that are not cases or come from a newer version.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, createCase, openCase } from '../../../../../electron/engine/case/case-store';
import { tempFolder } from '../../../../support/temp-folder';

describe('case files', () => {
  const folder = tempFolder();

  it('creates a case with its bookkeeping tables and reopens it with the same identity', async () => {
    const path = join(folder, 'client-x.driftcase');
    const created = await createCase(path);
    expect(created.info).toMatchObject({ path, schemaVersion: CASE_SCHEMA_VERSION });
    const tables = await created.db.query<{ name: string }>("SELECT table_name AS name FROM duckdb_tables() ORDER BY 1");
    expect(tables.map((table) => table.name)).toEqual(['analysis_findings', 'annotations', 'case_meta', 'crosswalk', 'crosswalk_edits', 'crosswalk_inferred', 'crosswalk_nodes', 'events', 'ledger', 'rejects', 'snapshots', 'sources', 'starred_skus']);
    created.db.close();
    const reopened = await openCase(path);
    expect(reopened.info).toEqual(created.info);
    reopened.db.close();
  });

  it('keeps instants in UTC and applies the memory limit', async () => {
    const opened = await createCase(join(folder, 'settings.driftcase'), { memoryLimit: '256MB' });
    const [settings] = await opened.db.query<{ tz: string; memory: string; autoinstall: string }>(
      "SELECT current_setting('TimeZone') AS tz, current_setting('memory_limit') AS memory, " +
        "current_setting('autoinstall_known_extensions')::VARCHAR AS autoinstall",
    );
    expect(settings).toEqual({ tz: 'UTC', memory: '244.1 MiB', autoinstall: 'false' });
    opened.db.close();
  });

  it('refuses to create over an existing file', async () => {
    const path = join(folder, 'exists.driftcase');
    writeFileSync(path, 'not a database');
    await expect(createCase(path)).rejects.toThrow(/already exists/);
  });

  it('refuses to open a file that is not a Driftscope case', async () => {
    const path = join(folder, 'notes.txt');
    writeFileSync(path, 'hello');
    await expect(openCase(path)).rejects.toThrow(/is not a Driftscope case file/);
    await expect(openCase(join(folder, 'missing.driftcase'))).rejects.toThrow(/no such case file/);
  });

  it('refuses a case written by a newer schema version', async () => {
    const path = join(folder, 'future.driftcase');
    const created = await createCase(path);
    await created.db.run("UPDATE case_meta SET value = '999' WHERE key = 'schema_version'");
    created.db.close();
    await expect(openCase(path)).rejects.toThrow(/newer Driftscope \(case schema 999\)/);
  });
});
