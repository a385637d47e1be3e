// The database layer: bound parameters, typed JSON-safe rows, transactions that land whole or not at all.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
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

  it('describes a query without running it', async () => {
    const db = await CaseDatabase.open(':memory:');
    expect(await db.session.describe("SELECT 1::BIGINT AS a, 'x' AS b")).toEqual([
      { name: 'a', duckdbType: 'BIGINT' },
      { name: 'b', duckdbType: 'VARCHAR' },
    ]);
    db.close();
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
