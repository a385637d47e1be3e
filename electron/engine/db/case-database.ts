// The only importer of @duckdb/node-api: opens a case file with limits and runs queries with bound parameters.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import sessionProgressSql from '../sql/session-progress.sql?raw';

/** A JSON-safe row: BIGINT, DECIMAL and time values arrive as strings so nothing is rounded. */
export type JsonRow = Record<string, string | number | boolean | null>;

/** Bound parameter values, by name ($name in the SQL); a string array binds as a VARCHAR list. */
export type QueryParams = Record<string, string | number | boolean | null | string[]>;

export interface DatabaseLimits {
  /** DuckDB memory limit, e.g. '2GB'. */
  memoryLimit: string;
  /** Worker threads; defaults to DuckDB's choice (all cores). */
  threads?: number;
}

/** 1 GB keeps a 10-million-row import under 2 GiB of process memory (at 1.5 GB DuckDB peaked near 2.5 GiB). */
export const DEFAULT_LIMITS: DatabaseLimits = { memoryLimit: '1GB' };

export interface ColumnDescription {
  name: string;
  duckdbType: string;
}

/**
 * The parameters a statement names: DuckDB refuses a named value the SQL does not use, and one parameter set is
 * often shared by the several statements of a step. A name the SQL uses but the set lacks still fails loudly.
 */
function usedParams(sql: string, params: QueryParams): Record<string, DuckDBValue> {
  // Comment lines (every .sql file's header names its parameters) do not count as uses.
  const code = sql.replace(/^\s*--.*$/gm, '');
  return Object.fromEntries(
    Object.entries(params)
      .filter(([name]) => new RegExp(`\\$${name}(?!\\w)`).test(code))
      .map(([name, value]) => [name, Array.isArray(value) ? listValue(value) : value]),
  );
}

/** One DuckDB connection: statements on it run one after another. */
export class Session {
  constructor(private readonly connection: DuckDBConnection) {}

  /** Runs a statement and returns its rows as JSON-safe objects. */
  async query<T extends JsonRow = JsonRow>(sql: string, params: QueryParams = {}): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, usedParams(sql, params));
    return reader.getRowObjectsJson() as T[];
  }

  /** Runs a statement whose rows are not needed. */
  async run(sql: string, params: QueryParams = {}): Promise<void> {
    await this.connection.run(sql, usedParams(sql, params));
  }

  /** Names and DuckDB types of the columns a query would return, without running it. */
  async describe(sql: string, params: QueryParams = {}): Promise<ColumnDescription[]> {
    const prepared = await this.connection.prepare(`SELECT * FROM (${sql}) LIMIT 0`);
    prepared.bind(usedParams(sql, params));
    const reader = await prepared.runAndReadAll();
    const types = reader.columnTypes();
    return reader.columnNames().map((name, i) => ({ name, duckdbType: String(types[i]) }));
  }

  /** Runs work in one transaction on this connection: all of it lands, or none of it does. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (error) {
      await this.run('ROLLBACK');
      throw error;
    }
  }

  /** How far the running statement is, 0..1, or null when DuckDB cannot tell (or nothing runs). */
  progress(): number | null {
    const { percentage } = this.connection.progress;
    return percentage >= 0 ? Math.min(percentage / 100, 1) : null;
  }

  /** Stops the statement running on this connection, if any. */
  interrupt(): void {
    this.connection.interrupt();
  }

  close(): void {
    this.connection.closeSync();
  }
}

/** An open case file: a shared session for reads, and a fresh connection for each load or transaction. */
export class CaseDatabase {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    readonly session: Session,
    private readonly spillDirectory: string,
  ) {}

  private catalogQueue: Promise<void> = Promise.resolve();

  /** Opens (creating if absent) a DuckDB database file; ':memory:' gives a throw-away database. */
  static async open(path: string, limits: DatabaseLimits = DEFAULT_LIMITS): Promise<CaseDatabase> {
    const spillDirectory = join(tmpdir(), 'driftscope-spill', randomUUID());
    mkdirSync(spillDirectory, { recursive: true });
    const options: Record<string, string> = {
      memory_limit: limits.memoryLimit,
      temp_directory: spillDirectory,
      // Nothing leaves the machine: never fetch an extension (ICU, JSON and Parquet are built in).
      autoinstall_known_extensions: 'false',
      allow_community_extensions: 'false',
    };
    if (limits.threads !== undefined) options.threads = String(limits.threads);
    try {
      const instance = await DuckDBInstance.create(path, options);
      const session = new Session(await instance.connect());
      // Instants are shown and compared in UTC on every connection, never in the machine's zone.
      await session.run("SET GLOBAL TimeZone = 'UTC'");
      return new CaseDatabase(path, instance, session, spillDirectory);
    } catch (error) {
      rmSync(spillDirectory, { recursive: true, force: true });
      throw error;
    }
  }

  query<T extends JsonRow = JsonRow>(sql: string, params: QueryParams = {}): Promise<T[]> {
    return this.session.query<T>(sql, params);
  }

  run(sql: string, params: QueryParams = {}): Promise<void> {
    return this.session.run(sql, params);
  }

  /**
   * Runs work on a connection of its own, closed afterwards: its temporary tables and any statement it runs are
   * private to it, and it can be interrupted without touching the shared session.
   */
  async withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = new Session(await this.instance.connect());
    try {
      await session.run(sessionProgressSql);
      return await work(session);
    } finally {
      session.close();
    }
  }

  /**
   * Runs work after any earlier work given here has finished: for steps that rewrite the case's catalog (macros,
   * the crosswalk), which DuckDB refuses to let two connections do at once.
   */
  async oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.catalogQueue.then(work);
    this.catalogQueue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /**
   * Runs work in one transaction on a connection of its own, so readers keep seeing the committed case
   * meanwhile: all of the work lands, or none of it does.
   */
  transaction<T>(work: (session: Session) => Promise<T>): Promise<T> {
    return this.withSession((session) => session.transaction(() => work(session)));
  }

  close(): void {
    this.session.close();
    this.instance.closeSync();
    rmSync(this.spillDirectory, { recursive: true, force: true });
  }
}
