// The grid benchmark, in a process of its own: pages of 100 rows at random positions of a large events case under
// several sorts, through the engine's getTablePage, against the bare DuckDB keyset query for the same page.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { FilterModel, SortSpec } from '../../shared/model/page';
import type { CaseDatabase } from '../../electron/engine/db/case-database';
import { DEFAULT_LIMITS } from '../../electron/engine/db/case-database';
import { createCase, openCase } from '../../electron/engine/case/case-store';
import { getTablePage } from '../../electron/engine/query/table-page';
import { viewOf } from '../../electron/engine/query/table-view';
import { DEFAULT_TUNING, viewCache } from '../../electron/engine/query/view-cache';
import { fillSql } from '../../electron/engine/query/sql-fragments';
import generateGridEventsSql from './generate-grid-events.sql?raw';
import boundariesSql from './grid-boundaries.sql?raw';
import tsAscSql from './grid-baseline-ts-asc.sql?raw';
import tsDescSql from './grid-baseline-ts-desc.sql?raw';
import skuAscSql from './grid-baseline-sku-asc.sql?raw';
import statusDescSql from './grid-baseline-status-desc-receipts.sql?raw';

const [casePath, rowsArg, pagesArg] = process.argv.slice(2);
const ROWS = Number(rowsArg);
const PAGES = Number(pagesArg ?? 50);
const PAGE_ROWS = 100;
const MEMORY_LIMIT = process.env.BENCH_MEMORY_LIMIT ?? DEFAULT_LIMITS.memoryLimit;
if (casePath === undefined || !Number.isInteger(ROWS) || ROWS <= 0) throw new Error('usage: measure-grid.ts <case file> <rows> [pages]');

interface Scenario {
  name: string;
  sort: SortSpec[];
  filter?: FilterModel;
  baselineSql: string;
  /** The same view written by hand for the boundary pass: key column, ORDER BY and WHERE. */
  key: string;
  order: string;
  where: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'ts_asc', sort: [{ column: 'ts', direction: 'asc' }], baselineSql: tsAscSql, key: 'ts', order: 'ts NULLS LAST, rowid', where: 'ts IS NOT NULL' },
  { name: 'ts_desc', sort: [{ column: 'ts', direction: 'desc' }], baselineSql: tsDescSql, key: 'ts', order: 'ts DESC NULLS LAST, rowid', where: 'ts IS NOT NULL' },
  { name: 'sku_asc', sort: [{ column: 'sku', direction: 'asc' }], baselineSql: skuAscSql, key: 'sku', order: 'sku NULLS LAST, rowid', where: 'sku IS NOT NULL' },
  {
    name: 'status_desc_receipts',
    sort: [{ column: 'status', direction: 'desc' }],
    filter: { event_type: { filterType: 'set', values: ['receipt'] } },
    baselineSql: statusDescSql,
    key: 'status',
    order: 'status DESC NULLS LAST, rowid',
    where: "event_type = 'receipt'",
  },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** A case with ROWS synthetic events, made once and reused by later runs. */
async function openBenchCase(): Promise<CaseDatabase> {
  const limits = { memoryLimit: MEMORY_LIMIT };
  if (existsSync(casePath as string)) {
    const { db } = await openCase(casePath as string, limits);
    const [count] = await db.query<{ n: string }>('SELECT count(*) AS n FROM events');
    if (Number(count?.n) === ROWS) return db;
    throw new Error(`${casePath} holds ${count?.n} events, not ${ROWS}: delete it to rebuild`);
  }
  process.stdout.write(`Building a case with ${ROWS.toLocaleString('en-US')} events …\n`);
  const { db } = await createCase(casePath as string, limits);
  await db.run(generateGridEventsSql, { rows: ROWS });
  await db.run('CHECKPOINT');
  return db;
}

/** Random page starts over the view's rows whose sort key is set (the baseline query has no NULL branch). */
function positions(count: number): number[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: PAGES }, () => Math.floor(next() * Math.max(1, count - PAGE_ROWS)));
}

async function measure(db: CaseDatabase, scenario: Scenario) {
  const query = { table: 'events', sort: scenario.sort, filter: scenario.filter };
  const sortChanged = performance.now();
  const [first, firstTopMs] = await timed(() => getTablePage(db, { ...query, startRow: 0, endRow: PAGE_ROWS }));
  const [keyed] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM events WHERE ${scenario.where}`);
  const starts = positions(Number(keyed?.n ?? first.rowCount));
  const far = starts[0] ?? 0;
  const [, firstFarMs] = await timed(() => getTablePage(db, { ...query, startRow: far, endRow: far + PAGE_ROWS }));
  const { info, version } = await viewCache(db).table('events');
  const cached = viewCache(db).view(viewOf(info, query), version);
  const index = await cached.index;
  const scattered = index.rowGroupsPerWindow > DEFAULT_TUNING.scatteredRowGroups;
  while (scattered && cached.copy === null) await new Promise((resolve) => setTimeout(resolve, 100));
  const readyS = (performance.now() - sortChanged) / 1000;

  const engineMs: number[] = [];
  for (const start of starts) {
    const [, ms] = await timed(() => getTablePage(db, { ...query, startRow: start, endRow: start + PAGE_ROWS }));
    engineMs.push(ms);
  }
  const bounds = await db.query<{ pos: string; key_text: string; row_id: string }>(
    fillSql(boundariesSql, {}, { key: scenario.key, order: scenario.order, where: scenario.where }),
    { positions: starts.map(String) },
  );
  const byPosition = new Map(bounds.map((row) => [Number(row.pos), row]));
  const baselineMs: number[] = [];
  for (const start of starts) {
    const bound = byPosition.get(start);
    if (bound === undefined) throw new Error(`${scenario.name}: no boundary row at ${start}`);
    const [, ms] = await timed(() => db.query(scenario.baselineSql, { key: bound.key_text, rowid: Number(bound.row_id), page_rows: PAGE_ROWS }));
    baselineMs.push(ms);
  }
  const p50 = percentile(engineMs, 50);
  const p95 = percentile(engineMs, 95);
  const baseP50 = percentile(baselineMs, 50);
  const baseP95 = percentile(baselineMs, 95);
  process.stdout.write(
    `  grid ${scenario.name}: first page ${firstTopMs.toFixed(0)} ms, first far page ${firstFarMs.toFixed(0)} ms, ` +
      `ready ${readyS.toFixed(1)} s${scattered ? ' (materialised)' : ''}; p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; ` +
      `bare keyset p50 ${baseP50.toFixed(1)} ms, p95 ${baseP95.toFixed(1)} ms\n`,
  );
  return {
    rows: index.rowCount,
    first_page_ms: round(firstTopMs),
    first_far_page_ms: round(firstFarMs),
    ready_s: round(readyS, 2),
    row_groups_per_window: round(index.rowGroupsPerWindow),
    materialised: scattered,
    p50_ms: round(p50),
    p95_ms: round(p95),
    baseline_p50_ms: round(baseP50),
    baseline_p95_ms: round(baseP95),
    ratio_p50: round(p50 / baseP50, 3),
    ratio_p95: round(p95 / baseP95, 3),
  };
}

const db = await openBenchCase();
const scenarios: Record<string, Awaited<ReturnType<typeof measure>>> = {};
for (const scenario of SCENARIOS) scenarios[scenario.name] = await measure(db, scenario);
db.close();
process.stdout.write(
  `${JSON.stringify({ pages: PAGES, page_rows: PAGE_ROWS, scenarios, peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
