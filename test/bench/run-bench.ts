// `npm run bench`: measures the engine against bare DuckDB on the same generated files in the same run.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CaseDatabase } from '../../electron/engine/db/case-database';
import { createEngineService } from '../../electron/engine/engine-service';
import { packageRoot } from '../../electron/engine/app-paths';
import generateEventsCsvSql from './generate-events-csv.sql?raw';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const MEMORY_LIMIT = '2GB';

const root = packageRoot();
const work = join(root, 'bench', 'work');
const resultsPath = join(root, 'bench', 'results.json');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

/** Bare DuckDB: one read_csv into a table of a new database file, nothing else. */
async function bareReadCsv(csvPath: string, dbPath: string): Promise<number> {
  rmSync(dbPath, { force: true });
  const db = await CaseDatabase.open(dbPath, { memoryLimit: MEMORY_LIMIT });
  try {
    return await timed(() => db.run('CREATE TABLE events AS SELECT * FROM read_csv($path)', { path: csvPath }));
  } finally {
    db.close();
  }
}

/** The engine's import: hash, sniff, load, rejects, manifest, into a new case file. */
async function engineImport(csvPath: string, casePath: string): Promise<{ seconds: number; rows: number }> {
  rmSync(casePath, { force: true });
  const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: MEMORY_LIMIT } });
  try {
    const created = await service.handlers.createCase({ path: casePath });
    if (!created.ok) throw new Error(created.error.message);
    let rows = 0;
    const seconds = await timed(async () => {
      const result = await service.handlers.importFiles({ paths: [csvPath] });
      if (!result.ok) throw new Error(result.error.message);
      rows = result.value.rowsLoaded;
    });
    return { seconds, rows };
  } finally {
    service.close();
  }
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const csvPath = join(work, 'events-1m.csv');
  process.stdout.write(`Generating ${ROWS.toLocaleString('en-US')} events into ${csvPath} …\n`);
  const generator = await CaseDatabase.open(':memory:');
  await generator.run(generateEventsCsvSql, { rows: ROWS, path: csvPath });
  generator.close();
  const bytes = statSync(csvPath).size;

  const baseline: number[] = [];
  const engine: number[] = [];
  let rowsLoaded = 0;
  for (let round = 1; round <= REPEATS; round += 1) {
    baseline.push(await bareReadCsv(csvPath, join(work, 'bare.duckdb')));
    const run = await engineImport(csvPath, join(work, 'bench.driftcase'));
    engine.push(run.seconds);
    rowsLoaded = run.rows;
    process.stdout.write(`  round ${round}: bare read_csv ${baseline.at(-1)?.toFixed(2)} s, engine import ${run.seconds.toFixed(2)} s\n`);
  }
  if (rowsLoaded !== ROWS) throw new Error(`engine loaded ${rowsLoaded} rows, expected ${ROWS}`);

  const figures = {
    csv_import_1m: {
      description: 'CSV import of a generated middleware event log: engine importFiles vs bare DuckDB read_csv into a table',
      rows: ROWS,
      bytes,
      repeats: REPEATS,
      baseline_read_csv_s: Number(median(baseline).toFixed(3)),
      engine_import_s: Number(median(engine).toFixed(3)),
      ratio: Number((median(engine) / median(baseline)).toFixed(3)),
    },
  };
  const results = {
    schema: 'driftscope.bench/1',
    generated_at: new Date().toISOString(),
    machine: { cpus: cpus().length, memory_gib: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.version, platform: process.platform },
    peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024),
    figures,
  };
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(
    `\nCSV import, ${ROWS.toLocaleString('en-US')} rows (${(bytes / 2 ** 20).toFixed(0)} MiB): ` +
      `engine ${figures.csv_import_1m.engine_import_s} s / bare DuckDB ${figures.csv_import_1m.baseline_read_csv_s} s = ` +
      `ratio ${figures.csv_import_1m.ratio}\nWritten ${resultsPath}\n`,
  );
}

await main();
