// The grid views of one open case, kept between page requests: each view's index (built in the background on a
// connection of its own) and, for views scattered over the table, a materialised copy. A few are kept; the least
// recently used are dropped, and a table whose rows changed starts afresh.
import type { TableInfo } from '../../../shared/model/case';
import type { CaseDatabase, Session } from '../db/case-database';
import gridCacheAttachSql from '../sql/query/grid-cache-attach.sql?raw';
import tableVersionSql from '../sql/query/table-version.sql?raw';
import viewCopyCreateSql from '../sql/query/view-copy-create.sql?raw';
import viewCopyDropSql from '../sql/query/view-copy-drop.sql?raw';
import { fillSql } from './sql-fragments';
import { requireTable } from './table-catalog';
import { whereSql, type TableView } from './table-view';
import { buildViewIndex, type ViewIndex } from './view-index';

export interface ViewTuning {
  /** Rows between two anchors: a keyset page skips fewer than this many rows. */
  window: number;
  /** Tables smaller than this are paged with a plain OFFSET, which is as fast there. */
  smallTableRows: number;
  /** Rows of one storage row group (DuckDB's default), the unit of reading from disk. */
  groupRows: number;
  /**
   * A view whose windows touch more row groups than this on average is materialised: each stretch of the table a
   * page lies in costs about as much to read as a whole page of the copy.
   */
  scatteredRowGroups: number;
  /** Views kept (each an index of rowCount / window anchors), and of those, materialised copies kept. */
  maxViews: number;
  maxCopies: number;
}

export const DEFAULT_TUNING: ViewTuning = {
  window: 1000,
  smallTableRows: 50_000,
  groupRows: 122_880,
  scatteredRowGroups: 2,
  maxViews: 4,
  maxCopies: 2,
};

export const GRID_CACHE = 'driftscope_grid_cache';

export class CachedView {
  /** The index, once built; until then `index` resolves to it. */
  ready: ViewIndex | null = null;
  /** The materialised copy's table in the grid cache, once built. */
  copy: string | null = null;
  readonly index: Promise<ViewIndex>;
  private readonly running = new Map<Session, Promise<unknown>>();
  private dropped = false;

  constructor(
    readonly key: string,
    readonly table: string,
    private readonly cache: ViewCache,
    view: TableView,
  ) {
    this.index = this.onOwnSession((session) => buildViewIndex(session, view, cache.tuning.window, cache.tuning.groupRows));
    this.index.then(
      (index) => {
        this.ready = index;
        if (!this.dropped && index.rowCount >= cache.tuning.smallTableRows && index.rowGroupsPerWindow > cache.tuning.scatteredRowGroups) {
          // A failed copy (interrupted, out of memory) leaves the view on keyset pages, which are still exact.
          this.materialise(view).catch(() => undefined);
        }
      },
      () => cache.forget(this),
    );
  }

  /** Stops whatever runs for this view and drops its copy; settles when nothing runs for it any more. */
  drop(): Promise<unknown> {
    this.dropped = true;
    for (const session of this.running.keys()) session.interrupt();
    if (this.copy !== null) this.cache.dropCopy(this.copy);
    this.copy = null;
    return Promise.allSettled(this.running.values());
  }

  dropCopy(): void {
    if (this.copy !== null) this.cache.dropCopy(this.copy);
    this.copy = null;
  }

  private async materialise(view: TableView): Promise<void> {
    await this.cache.attach();
    // Dropped while the index was finishing: a copy started now would run on after the case may have closed.
    if (this.dropped) return;
    const name = this.cache.nextCopyName();
    const sql = fillSql(viewCopyCreateSql, { cache: GRID_CACHE, copy: name, table: view.table.name }, {
      where: whereSql(view),
      order: view.orderSql,
    });
    await this.onOwnSession((session) => session.run(sql, view.params));
    if (this.dropped) {
      this.cache.dropCopy(name);
      return;
    }
    this.copy = name;
    this.cache.copyReady(this);
  }

  get busy(): boolean {
    return this.running.size > 0;
  }

  private onOwnSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    return this.cache.db.withSession(async (session) => {
      const running = work(session);
      this.running.set(session, running);
      try {
        return await running;
      } finally {
        this.running.delete(session);
      }
    });
  }
}

export class ViewCache {
  /** Most recently used last. */
  private readonly views = new Map<string, CachedView>();
  /** Table descriptions by name, with the version they describe: reading the whole catalog per page costs more. */
  private readonly tables = new Map<string, { version: string; info: TableInfo }>();
  private attaching: Promise<void> | null = null;
  private copies = 0;
  private closed = false;
  /** Views let go of whose builds may still be stopping: the case must not close under them. */
  private readonly stopping = new Set<Promise<unknown>>();

  constructor(
    readonly db: CaseDatabase,
    readonly tuning: ViewTuning,
  ) {}

  /** A table's description and the version of its rows it describes; an error naming the table if there is none. */
  async table(name: string): Promise<{ info: TableInfo; version: string }> {
    const [row] = await this.db.query<{ table_oid: string; estimated_size: string; column_count: string }>(tableVersionSql, {
      table: name,
    });
    const version = row === undefined ? '' : `${row.table_oid}:${row.estimated_size}:${row.column_count}`;
    const known = this.tables.get(name);
    if (row !== undefined && known?.version === version) return known;
    const found = { version, info: await requireTable(this.db.session, name) };
    this.tables.set(name, found);
    return found;
  }

  /** The cached view of a table at a version, started if new; it is then the most recently used. */
  view(view: TableView, version: string): CachedView {
    const key = `${view.key}@${version}`;
    const found = this.views.get(key);
    if (found !== undefined) {
      this.views.delete(key);
      this.views.set(key, found);
      return found;
    }
    for (const cached of this.views.values()) {
      // The table's rows changed since this view was built: it can never be used again.
      if (cached.table === view.table.name) this.forget(cached);
    }
    const created = new CachedView(key, view.table.name, this, view);
    this.views.set(key, created);
    for (const [oldKey, old] of this.views) {
      if (this.views.size <= this.tuning.maxViews) break;
      this.views.delete(oldKey);
      this.letGo(old);
    }
    return created;
  }

  /** The cached view if there is one, without starting a build or touching its recency. */
  peek(view: TableView, version: string): CachedView | null {
    return this.views.get(`${view.key}@${version}`) ?? null;
  }

  forget(view: CachedView): void {
    if (this.views.get(view.key) === view) this.views.delete(view.key);
    this.letGo(view);
  }

  private letGo(view: CachedView): void {
    this.track(view.drop());
  }

  private track(work: Promise<unknown>): void {
    const settled: Promise<unknown> = work.catch(() => undefined).finally(() => this.stopping.delete(settled));
    this.stopping.add(settled);
  }

  /** Keeps at most maxCopies copies: the least recently used views lose theirs. */
  copyReady(view: CachedView): void {
    const withCopies = [...this.views.values()].filter((cached) => cached.copy !== null && cached !== view);
    const excess = withCopies.length + 1 - this.tuning.maxCopies;
    for (const cached of withCopies.slice(0, Math.max(0, excess))) cached.dropCopy();
  }

  attach(): Promise<void> {
    this.attaching ??= this.db.run(gridCacheAttachSql);
    return this.attaching;
  }

  nextCopyName(): string {
    this.copies += 1;
    return `view_${this.copies}`;
  }

  dropCopy(name: string): void {
    if (this.closed) return;
    this.track(this.db.run(fillSql(viewCopyDropSql, { cache: GRID_CACHE, copy: name })));
  }

  cachedViews(): Iterable<CachedView> {
    return this.views.values();
  }

  /** Stops every build; settles once none runs, when the case may close (closing under a running one is unsafe). */
  close(): Promise<unknown> {
    // Closed first, so the drops below start no statement on a database about to close.
    this.closed = true;
    const stopping = [...this.views.values()].map((view) => view.drop());
    this.views.clear();
    return Promise.allSettled([...stopping, ...this.stopping]);
  }

}

const caches = new WeakMap<CaseDatabase, ViewCache>();

/** The case's view cache; the tuning applies when the cache is first made (tests pass a small one). */
export function viewCache(db: CaseDatabase, tuning: ViewTuning = DEFAULT_TUNING): ViewCache {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new ViewCache(db, tuning);
    caches.set(db, cache);
  }
  return cache;
}

/** Whether a grid view of the case is being built in the background. */
export function viewBuildsRunning(db: CaseDatabase): boolean {
  return [...(caches.get(db)?.cachedViews() ?? [])].some((view) => view.busy);
}

/**
 * Lets every grid view of the case go, to be rebuilt on the next page: for work that may rewrite rows in place (an
 * import shifts the times of a file whose zone it inferred), which the version a view is keyed by does not show.
 */
export function forgetViews(db: CaseDatabase): void {
  const cache = caches.get(db);
  if (cache === undefined) return;
  for (const view of [...cache.cachedViews()]) cache.forget(view);
}

/** Stops the case's background view builds; the case may close once this settles. */
export async function closeViewCache(db: CaseDatabase): Promise<void> {
  const cache = caches.get(db);
  caches.delete(db);
  await cache?.close();
}
