// `npm run bench`: the engine against bare DuckDB on the same generated files in the same run; writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CaseDatabase, DEFAULT_LIMITS } from '../../electron/engine/db/case-database';
import { packageRoot } from '../../electron/engine/app-paths';
import generateEventsCsvSql from './generate-events-csv.sql?raw';
import generateEventsNdjsonSql from './generate-events-ndjson.sql?raw';
import { createEngineService } from '../../electron/engine/engine-service';
import { generateDump } from '../generator/generate-dump';
import { describeGridFigure, GRID_ROWS, gridFigure, gridFigureName, type GridFigure } from './grid-figure';

const SMALL_ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SCALE_ROWS = Number(process.env.BENCH_SCALE_ROWS ?? 10_000_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
/** Middleware event counts of the simulated-retailer cases analysed; SKUs grow with them (5 per thousand events). */
const ANALYSIS_EVENTS = (process.env.BENCH_ANALYSIS_EVENTS ?? '1000000,10000000')
  .split(',')
  .filter((value) => value.trim() !== '')
  .map(Number);

/**
 * `BENCH_ONLY=import` (comma-separated sections: import, analysis, grid) runs only those sections; the figures it does
 * not measure again are kept from the last bench/results.json.
 */
const ONLY = new Set(
  (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((section) => section.trim())
    .filter((section) => section !== ''),
);
const runs = (section: string): boolean => ONLY.size === 0 || ONLY.has(section);

const root = packageRoot();
// One work folder per run, so a partial run beside another (BENCH_ONLY) never deletes the other's files.
const work = join(root, 'bench', `work-${process.pid}`);
const resultsPath = join(root, 'bench', 'results.json');

interface Measurement {
  seconds: number;
  rows: number;
  peak_rss_mib: number;
}

function measure(mode: 'bare-csv' | 'bare-json' | 'engine', file: string): Measurement {
  const output = execFileSync(
    process.execPath,
    [join(root, 'bin', 'run-ts.js'), join(root, 'test', 'bench', 'measure-import.ts'), mode, file, join(work, `${mode}.duckdb`)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measurement;
}

/** A row count as a short label for figure names: 1m, 10m, 300k. */
function sizeLabel(rows: number): string {
  return rows >= 1e6 ? `${+(rows / 1e6).toFixed(1)}m` : `${+(rows / 1e3).toFixed(1)}k`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function generate(sql: string, rows: number, path: string): Promise<number> {
  const db = await CaseDatabase.open(':memory:');
  await db.run(sql, { rows, path });
  db.close();
  return statSync(path).size;
}

/** Bare and engine runs alternate, so drift in the machine's speed hits both alike. */
function compare(name: string, description: string, file: string, bytes: number, bareMode: 'bare-csv' | 'bare-json', rows: number, repeats: number) {
  const bare: Measurement[] = [];
  const engine: Measurement[] = [];
  for (let round = 1; round <= repeats; round += 1) {
    bare.push(measure(bareMode, file));
    engine.push(measure('engine', file));
    process.stdout.write(`  ${name} round ${round}: bare ${bare.at(-1)?.seconds.toFixed(2)} s, engine ${engine.at(-1)?.seconds.toFixed(2)} s\n`);
  }
  for (const run of [...bare, ...engine]) {
    if (run.rows !== rows) throw new Error(`${name}: a run loaded ${run.rows} rows, expected ${rows}`);
  }
  const bareSeconds = median(bare.map((run) => run.seconds));
  const engineSeconds = median(engine.map((run) => run.seconds));
  return {
    description,
    rows,
    bytes,
    repeats,
    baseline_s: Number(bareSeconds.toFixed(3)),
    engine_s: Number(engineSeconds.toFixed(3)),
    ratio: Number((engineSeconds / bareSeconds).toFixed(3)),
    engine_s_per_million_rows: Number(((engineSeconds / rows) * 1e6).toFixed(3)),
    baseline_peak_rss_mib: Math.max(...bare.map((run) => run.peak_rss_mib)),
    engine_peak_rss_mib: Math.max(...engine.map((run) => run.peak_rss_mib)),
  };
}

interface AnalysisMeasurement {
  seconds: number;
  peak_rss_mib: number;
}

function measureAnalysis(mode: 'baseline' | 'engine', casePath: string): AnalysisMeasurement {
  const output = execFileSync(
    process.execPath,
    [join(root, 'bin', 'run-ts.js'), join(root, 'test', 'bench', 'measure-analysis.ts'), mode, casePath],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as AnalysisMeasurement;
}

/**
 * A generated retailer (ledgers, snapshots, middleware log) imported into a case, then analysed: the engine's
 * analyzeCase against one bare DuckDB aggregation pass over the same ledger and events.
 */
async function analysisFigure(events: number) {
  const dump = join(work, `retailer-${sizeLabel(events)}`);
  const skus = Math.max(200, Math.round(events / 200));
  process.stdout.write(`Generating a retailer with ${events.toLocaleString('en-US')} events and ${skus.toLocaleString('en-US')} SKUs …\n`);
  const truth = await generateDump({ seed: 5, outDir: dump, skus, days: 7, events });
  const casePath = join(work, `retailer-${sizeLabel(events)}.driftcase`);
  const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined });
  const created = await service.handlers.createCase({ path: casePath });
  if (!created.ok) throw new Error(created.error.message);
  const imported = await service.handlers.importFiles({ paths: [dump], timeZones: truth.time_zones });
  if (!imported.ok) throw new Error(imported.error.message);
  service.close();
  rmSync(dump, { recursive: true, force: true });
  const baseline = measureAnalysis('baseline', casePath);
  const engine = measureAnalysis('engine', casePath);
  process.stdout.write(`  analysis ${sizeLabel(events)}: baseline ${baseline.seconds.toFixed(2)} s, engine ${engine.seconds.toFixed(2)} s\n`);
  rmSync(casePath, { force: true });
  return {
    description: 'Simulated retailer case: engine analyzeCase (drift, detectors, history, checklist, sync mode, noise, coverage) vs one bare DuckDB aggregation pass over its ledger and events',
    events,
    records: imported.value.rowsLoaded,
    skus,
    baseline_s: Number(baseline.seconds.toFixed(3)),
    engine_s: Number(engine.seconds.toFixed(3)),
    ratio: Number((engine.seconds / baseline.seconds).toFixed(3)),
    engine_s_per_million_events: Number(((engine.seconds / events) * 1e6).toFixed(3)),
    baseline_peak_rss_mib: baseline.peak_rss_mib,
    engine_peak_rss_mib: engine.peak_rss_mib,
  };
}

interface Scenario {
  name: string;
  description: string;
  file: string;
  generator: string;
  bareMode: 'bare-csv' | 'bare-json';
  rows: number;
  repeats: number;
}

function scenarios(): Scenario[] {
  const list: Scenario[] = [
    {
      name: `csv_import_${sizeLabel(SMALL_ROWS)}`,
      description:
        'CSV middleware log: engine import (hash, stage, preset, type, rejects, manifest) vs bare DuckDB read_csv into a table',
      file: 'events-small.csv',
      generator: generateEventsCsvSql,
      bareMode: 'bare-csv',
      rows: SMALL_ROWS,
      repeats: REPEATS,
    },
  ];
  if (SCALE_ROWS > 0) {
    list.push(
      {
        name: `csv_import_${sizeLabel(SCALE_ROWS)}`,
        description: 'The same at scale: CSV middleware log, engine import vs bare DuckDB read_csv',
        file: 'events-big.csv',
        generator: generateEventsCsvSql,
        bareMode: 'bare-csv',
        rows: SCALE_ROWS,
        repeats: 1,
      },
      {
        name: `ndjson_gz_import_${sizeLabel(SCALE_ROWS)}`,
        description: 'Gzipped JSON-lines middleware log with a nested payload SKU: engine import vs bare DuckDB read_json',
        file: 'events-big.jsonl.gz',
        generator: generateEventsNdjsonSql,
        bareMode: 'bare-json',
        rows: SCALE_ROWS,
        repeats: 1,
      },
    );
  }
  return list;
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  type Figure = ReturnType<typeof compare> | Awaited<ReturnType<typeof analysisFigure>> | GridFigure;
  const figures: Record<string, Figure> = {};
  for (const scenario of runs('import') ? scenarios() : []) {
    const file = join(work, scenario.file);
    process.stdout.write(`Generating ${scenario.rows.toLocaleString('en-US')} events as ${scenario.file} …\n`);
    const bytes = await generate(scenario.generator, scenario.rows, file);
    figures[scenario.name] = compare(scenario.name, scenario.description, file, bytes, scenario.bareMode, scenario.rows, scenario.repeats);
    rmSync(file);
  }
  for (const events of runs('analysis') ? ANALYSIS_EVENTS : []) figures[`analysis_${sizeLabel(events)}`] = await analysisFigure(events);
  if (runs('grid')) figures[gridFigureName(GRID_ROWS)] = gridFigure(root);

  // Read at the end, so figures another partial run wrote meanwhile are kept too.
  const kept = ONLY.size > 0 && existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { figures: Record<string, Figure> }) : null;
  const results = {
    schema: 'driftscope.bench/3',
    generated_at: new Date().toISOString(),
    machine: { cpus: cpus().length, memory_gib: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.version, platform: process.platform },
    memory_limit: process.env.BENCH_MEMORY_LIMIT ?? DEFAULT_LIMITS.memoryLimit,
    figures: { ...kept?.figures, ...figures },
  };
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  process.stdout.write('\n');
  for (const [name, figure] of Object.entries(figures)) {
    if ('scenarios' in figure) {
      process.stdout.write(describeGridFigure(name, figure));
      continue;
    }
    process.stdout.write(
      `${name}: engine ${figure.engine_s} s / bare DuckDB ${figure.baseline_s} s = ratio ${figure.ratio}; ` +
        `engine peak RSS ${figure.engine_peak_rss_mib} MiB\n`,
    );
  }
  process.stdout.write(`Written ${resultsPath}\n`);
}

await main();
