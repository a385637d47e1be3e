// One measurement in a process of its own (so peak memory is its own): bare DuckDB read, or the engine's import.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CaseDatabase, DEFAULT_LIMITS } from '../../electron/engine/db/case-database';
import { createEngineService } from '../../electron/engine/engine-service';

const [mode, file, target] = process.argv.slice(2);
const MEMORY_LIMIT = process.env.BENCH_MEMORY_LIMIT ?? DEFAULT_LIMITS.memoryLimit;
if ((mode !== 'bare-csv' && mode !== 'bare-json' && mode !== 'engine') || file === undefined || target === undefined) {
  throw new Error('usage: measure-import.ts bare-csv|bare-json|engine <input file> <database file>');
}
rmSync(target, { force: true });
rmSync(`${target}.wal`, { force: true });

let seconds: number;
let rows: number;
if (mode === 'engine') {
  const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: MEMORY_LIMIT } });
  const created = await service.handlers.createCase({ path: target });
  if (!created.ok) throw new Error(created.error.message);
  const start = performance.now();
  const result = await service.handlers.importFiles({ paths: [file] });
  seconds = (performance.now() - start) / 1000;
  if (!result.ok) throw new Error(result.error.message);
  const [outcome] = result.value.files;
  if (outcome?.status !== 'loaded') throw new Error(`engine import: ${outcome?.status} ${outcome?.message}`);
  rows = outcome.rowsLoaded;
  service.close();
} else {
  const db = await CaseDatabase.open(target, { memoryLimit: MEMORY_LIMIT });
  const reader = mode === 'bare-csv' ? 'read_csv($path)' : "read_json($path, format = 'newline_delimited')";
  const start = performance.now();
  await db.run(`CREATE TABLE events AS SELECT * FROM ${reader}`, { path: file });
  seconds = (performance.now() - start) / 1000;
  const [count] = await db.query<{ n: string }>('SELECT count(*) AS n FROM events');
  rows = Number(count?.n ?? 0);
  db.close();
}
rmSync(target, { force: true });
process.stdout.write(`${JSON.stringify({ seconds, rows, peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
