// One analysis measurement in a process of its own: the engine's analyzeCase on an imported case, or the baseline pass.
import { performance } from 'node:perf_hooks';
import { CaseDatabase, DEFAULT_LIMITS } from '../../electron/engine/db/case-database';
import { createEngineService } from '../../electron/engine/engine-service';
import baselineSql from './analysis-baseline.sql?raw';

const [mode, casePath] = process.argv.slice(2);
const MEMORY_LIMIT = process.env.BENCH_MEMORY_LIMIT ?? DEFAULT_LIMITS.memoryLimit;
if ((mode !== 'baseline' && mode !== 'engine') || casePath === undefined) {
  throw new Error('usage: measure-analysis.ts baseline|engine <case file>');
}

let seconds: number;
if (mode === 'engine') {
  const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: MEMORY_LIMIT } });
  const opened = await service.handlers.openCase({ path: casePath });
  if (!opened.ok) throw new Error(opened.error.message);
  const start = performance.now();
  const result = await service.handlers.analyzeCase({});
  seconds = (performance.now() - start) / 1000;
  if (!result.ok) throw new Error(result.error.message);
  service.close();
} else {
  const db = await CaseDatabase.open(casePath, { memoryLimit: MEMORY_LIMIT });
  const start = performance.now();
  await db.query(baselineSql);
  seconds = (performance.now() - start) / 1000;
  db.close();
}
process.stdout.write(`${JSON.stringify({ seconds, peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
