// The database layer: bound parameters, typed JSON-safe rows, transactions that land whole or not at all.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { CaseClosedError, CaseDatabase, SessionCancelledError } from '../../../../../electron/engine/db/case-database';
import { quoteIdentifier } from '../../../../../electron/engine/db/quote-identifier';
import { withIdentifiers } from '../../../../../electron/engine/db/sql-template';
import { tempFolder } from '../../../../support/temp-folder';

describe('CaseDatabase', () => {
  const folder = tempFolder();

  it('binds parameters and keeps big integers exact', async () => {
    const db = await CaseDatabase.open(join(folder, 'a.duckdb'));
    const rows = await db.query('SELECT $id::BIGINT AS id, $name AS name, $n + 1 AS next', {
      id: '271878346596884015',
      name: "O'Brien",
      n: 41,
    });
    expect(rows).toEqual([{ id: '271878346596884015', name: "O'Brien", next: 42 }]);
    db.close();
  });

  it('writes a new case in the newest storage format, and opens a case in the old format and writes to it', async () => {
    const fresh = await CaseDatabase.open(join(folder, 'new-format.duckdb'));
    const [created] = await fresh.query<{ version: string }>(
      "SELECT tags['storage_version'] AS version FROM duckdb_databases() WHERE database_name = 'new-format'",
    );
    expect(created?.version).not.toBe('v1.0.0+');
    fresh.close();
    const oldPath = join(folder, 'old-format.duckdb');
    const old = await DuckDBInstance.create(oldPath);
    const connection = await old.connect();
    await connection.run("CREATE TABLE t AS SELECT 'kept' AS s");
    connection.closeSync();
    old.closeSync();
    const reopened = await CaseDatabase.open(oldPath);
    await reopened.run("INSERT INTO t VALUES ('added')");
    await reopened.run('CHECKPOINT');
    expect(await reopened.query('SELECT s FROM t ORDER BY s')).toEqual([{ s: 'added' }, { s: 'kept' }]);
    const [kept] = await reopened.query<{ version: string }>(
      "SELECT tags['storage_version'] AS version FROM duckdb_databases() WHERE database_name = 'old-format'",
    );
    expect(kept?.version).toBe('v1.0.0+');
    reopened.close();
  });

  it('spills into a folder of its own only when it must, and removes it on close', async () => {
    const db = await CaseDatabase.open(join(folder, 'spill.duckdb'), { memoryLimit: '64MB' });
    const [setting] = await db.query<{ value: string }>("SELECT current_setting('temp_directory') AS value");
    const spill = setting?.value ?? '';
    expect(spill).toContain('driftscope-spill');
    expect(existsSync(spill)).toBe(false);
    await db.run('CREATE TEMP TABLE big AS SELECT i, md5(i::VARCHAR) AS m FROM range(3000000) t(i)');
    expect(existsSync(spill)).toBe(true);
    await db.close();
    expect(existsSync(spill)).toBe(false);
  });

  it('rolls back every statement of a failed transaction', async () => {
    const db = await CaseDatabase.open(join(folder, 'b.duckdb'));
    await db.run('CREATE TABLE t (x INTEGER)');
    await expect(
      db.transaction(async (session) => {
        await session.run('INSERT INTO t VALUES (1)');
        await session.run('CREATE TABLE u AS SELECT 1');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query('SELECT count(*)::INTEGER AS n FROM t')).toEqual([{ n: 0 }]);
    expect(await db.query("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'u'")).toEqual([{ n: 0 }]);
    db.close();
  });

  it('refuses every statement after a cancel, so a cancel between two statements still stops the work and rolls it back', async () => {
    const db = await CaseDatabase.open(join(folder, 'cancel.duckdb'));
    await db.run('CREATE TABLE t (x INTEGER)');
    await expect(
      db.withSession((session) =>
        session.transaction(async () => {
          await session.run('INSERT INTO t VALUES (1)');
          session.cancel();
          await session.run('INSERT INTO t VALUES (2)');
        }),
      ),
    ).rejects.toThrow(SessionCancelledError);
    expect(await db.query('SELECT count(*)::INTEGER AS n FROM t')).toEqual([{ n: 0 }]);
    db.close();
  });

  it('describes a query without running it', async () => {
    const db = await CaseDatabase.open(':memory:');
    expect(await db.session.describe("SELECT 1::BIGINT AS a, 'x' AS b")).toEqual([
      { name: 'a', duckdbType: 'BIGINT' },
      { name: 'b', duckdbType: 'VARCHAR' },
    ]);
    db.close();
  });

  it('closes only once the statements running on its connections finish, and starts none meanwhile', async () => {
    const db = await CaseDatabase.open(join(folder, 'c.duckdb'));
    await db.run('CREATE TABLE t AS SELECT range AS x FROM range(3000000)');
    // A grid page on the shared session and a background build on a connection of its own, both still running when
    // the case is closed: closing the instance under them crashed the process inside DuckDB.
    const heavy = 'SELECT count(DISTINCT a.x * 7 + b.x) AS n FROM t a, (SELECT x FROM t LIMIT 12) b';
    const page = db.query<{ n: string }>(heavy);
    let firstDone = false;
    let heavyStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      heavyStarted = resolve;
    });
    const background = db.withSession(async (session) => {
      const running = session.query<{ n: string }>(heavy);
      heavyStarted();
      const [first] = await running;
      firstDone = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await session.query('SELECT 1');
      return first;
    });
    const backgroundOutcome = background.then(
      () => null,
      (error: unknown) => error,
    );
    await started;
    let closed = false;
    const closing = db.close().then(() => {
      closed = true;
    });
    expect(closed).toBe(false);
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(CaseClosedError);
    expect(Number((await page)[0]?.n)).toBeGreaterThan(3_000_000);
    expect(await backgroundOutcome).toBeInstanceOf(CaseClosedError);
    expect(firstDone).toBe(true);
    await closing;
    expect(closed).toBe(true);
    await expect(db.withSession(async () => 1)).rejects.toBeInstanceOf(CaseClosedError);
  });
});

describe('identifier quoting', () => {
  it('quotes names so they can never end the identifier', () => {
    expect(quoteIdentifier('raw_events')).toBe('"raw_events"');
    expect(quoteIdentifier('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"');
    expect(() => quoteIdentifier('')).toThrow(/empty/);
  });

  it('fills every slot of a SQL template and refuses an unfilled one', () => {
    expect(withIdentifiers('SELECT * FROM {{table}}', { table: 'my "t"' })).toBe('SELECT * FROM "my ""t"""');
    expect(() => withIdentifiers('SELECT {{col}} FROM t', {})).toThrow(/no identifier/);
  });
});
