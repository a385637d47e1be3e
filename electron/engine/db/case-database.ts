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

/** Thrown for a statement begun after its case closed. */
export class CaseClosedError extends Error {
  constructor() {
    super('The case was closed while this was running: open it again');
  }
}

/**
 * The statements running on one database's connections. Closing the database under a running statement crashes
 * the process inside DuckDB, so a close waits for them, and no statement starts once closing began.
 */
class StatementTracker {
  private readonly running = new Set<Promise<unknown>>();
  private readonly connections = new Set<Session>();
  closing = false;

  track<T>(start: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new CaseClosedError());
    const statement = start();
    this.running.add(statement);
    const forget = () => this.running.delete(statement);
    statement.then(forget, forget);
    return statement;
  }

  get idle(): boolean {
    return this.running.size === 0;
  }

  async drained(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  opened(session: Session): void {
    this.connections.add(session);
  }

  closed(session: Session): void {
    this.connections.delete(session);
  }

  /** Connections still open, for the database's close to close with it. */
  openSessions(): Session[] {
    return [...this.connections];
  }
}

/** A statement asked of a session after its work was cancelled (Session.cancel). */
export class SessionCancelledError extends Error {}

/** One DuckDB connection: statements on it run one after another. */
export class Session {
  private isClosed = false;
  private isCancelled = false;

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly tracker: StatementTracker,
  ) {
    tracker.opened(this);
  }

  /** Runs a statement and returns its rows as JSON-safe objects. */
  async query<T extends JsonRow = JsonRow>(sql: string, params: QueryParams = {}): Promise<T[]> {
    this.refuseIfCancelled();
    const reader = await this.tracker.track(() => this.connection.runAndReadAll(sql, usedParams(sql, params)));
    return reader.getRowObjectsJson() as T[];
  }

  /** Runs a statement whose rows are not needed. */
  async run(sql: string, params: QueryParams = {}): Promise<void> {
    this.refuseIfCancelled();
    await this.tracker.track(() => this.connection.run(sql, usedParams(sql, params)));
  }

  /** Names and DuckDB types of the columns a query would return, without running it. */
  async describe(sql: string, params: QueryParams = {}): Promise<ColumnDescription[]> {
    this.refuseIfCancelled();
    const reader = await this.tracker.track(async () => {
      const prepared = await this.connection.prepare(`SELECT * FROM (${sql}) LIMIT 0`);
      prepared.bind(usedParams(sql, params));
      return prepared.runAndReadAll();
    });
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
      // Also after a cancel, which refuses every other statement: the open transaction must still be undone.
      await this.tracker.track(() => this.connection.run('ROLLBACK'));
      throw error;
    }
  }

  /** How far the running statement is, 0..1, or null when DuckDB cannot tell (or nothing runs). */
  progress(): number | null {
    if (this.isClosed) return null;
    const { percentage } = this.connection.progress;
    return percentage >= 0 ? Math.min(percentage / 100, 1) : null;
  }

  /** Stops the statement running on this connection, if any. */
  interrupt(): void {
    if (!this.isClosed) this.connection.interrupt();
  }

  /**
   * Stops the running statement and refuses every later one, so work of many statements stops even when the cancel
   * falls between two of them (an interrupt alone stops only the statement running at that moment).
   */
  cancel(): void {
    this.isCancelled = true;
    this.interrupt();
  }

  private refuseIfCancelled(): void {
    if (this.isCancelled) throw new SessionCancelledError('cancelled: this session runs no more statements');
  }

  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.tracker.closed(this);
    this.connection.closeSync();
  }
}

/** An open case file: a shared session for reads, and a fresh connection for each load or transaction. */
export class CaseDatabase {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    readonly session: Session,
    private readonly tracker: StatementTracker,
    private readonly spillDirectory: string,
  ) {}

  private catalogQueue: Promise<void> = Promise.resolve();
  private closed: Promise<void> | null = null;

  /** Opens (creating if absent) a DuckDB database file; ':memory:' gives a throw-away database. */
  static async open(path: string, limits: DatabaseLimits = DEFAULT_LIMITS): Promise<CaseDatabase> {
    // DuckDB creates the case's own spill folder when it first spills, so a process that never closes the case
    // leaves no empty folder behind; it needs the parent to exist.
    const spillRoot = join(tmpdir(), 'driftscope-spill');
    mkdirSync(spillRoot, { recursive: true });
    const spillDirectory = join(spillRoot, randomUUID());
    const options: Record<string, string> = {
      memory_limit: limits.memoryLimit,
      temp_directory: spillDirectory,
      // Nothing leaves the machine: never fetch an extension (ICU, JSON and Parquet are built in).
      autoinstall_known_extensions: 'false',
      allow_community_extensions: 'false',
      // A new case file takes this DuckDB's newest storage format: its string compression wrote the events table
      // about a third faster than the default (v1.0.0-compatible) format, at the same size. An older case keeps its
      // format and opens as before.
      storage_compatibility_version: 'latest',
    };
    if (limits.threads !== undefined) options.threads = String(limits.threads);
    try {
      const instance = await DuckDBInstance.create(path, options);
      const tracker = new StatementTracker();
      const session = new Session(await instance.connect(), tracker);
      // Instants are shown and compared in UTC on every connection, never in the machine's zone.
      await session.run("SET GLOBAL TimeZone = 'UTC'");
      return new CaseDatabase(path, instance, session, tracker, spillDirectory);
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
    const session = new Session(await this.tracker.track(() => this.instance.connect()), this.tracker);
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

  /**
   * Closes the case once the statements running on its connections have finished (at once when none runs); none
   * starts meanwhile. Work between two statements gets a CaseClosedError at its next one.
   */
  close(): Promise<void> {
    if (this.closed === null) {
      this.tracker.closing = true;
      const finish = () => {
        for (const session of this.tracker.openSessions()) session.close();
        this.instance.closeSync();
        rmSync(this.spillDirectory, { recursive: true, force: true });
      };
      if (this.tracker.idle) {
        finish();
        this.closed = Promise.resolve();
      } else {
        this.closed = this.tracker.drained().then(finish);
      }
    }
    return this.closed;
  }
}
