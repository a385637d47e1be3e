// `driftscope analyze [paths...] [--case FILE] [--json FILE] [--report FILE] [--csv DIR]`: imports, analyses, summarises.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnalyzeRequest, Findings } from '../../shared/model/findings';
import { assertOutsideInputs } from '../engine/files/outside-inputs';
import { createAnalysisProgressBar } from './analysis-progress-bar';
import { startCliEngine, type CliEngine } from './cli-engine';
import { CliError } from './cli-error';
import { describeFindings } from './describe-findings';
import { describeSummary, parsePresetChoices } from './import-command';
import { createImportProgressBar } from './import-progress-bar';
import { writeReport } from './report-command';

/** The largest drifts that get a page of their own in a report written by analyze. */
const REPORT_PAGES = 10;

export interface AnalyzeCommandOptions {
  case?: string;
  json?: string;
  /** The HTML report to write after the analysis. */
  report?: string;
  /** Folder for verdicts.csv, evidence.csv and findings.json. */
  csv?: string;
  memoryLimit: string;
  progress: boolean;
  mapping?: string;
  tz: string[];
  preset: string[];
  /** Minutes within which a one-sided change counts as in flight. */
  inFlight: number;
  asOf?: string;
}

/** Exit 0 when the analysis ran, whatever it found; 1 (with one line on stderr) when it could not run. */
export async function runAnalyzeCommand(paths: string[], options: AnalyzeCommandOptions): Promise<number> {
  if (paths.length === 0 && options.case === undefined) {
    throw new CliError('give the exports to analyse, or --case with a case that already holds them', 2);
  }
  if (options.json !== undefined) guardOutput(options.json, paths, 'findings JSON');
  if (options.report !== undefined) guardOutput(options.report, paths, 'report');
  if (options.csv !== undefined) guardOutput(options.csv, paths, 'CSV folder');
  const scratch = options.case === undefined ? mkdtempSync(join(tmpdir(), 'driftscope-analyze-')) : null;
  const casePath = options.case ?? join(scratch ?? '', 'analysis.driftcase');
  const drawing = options.progress && process.stderr.isTTY;
  const importBar = drawing ? createImportProgressBar() : null;
  const analysisBar = drawing ? createAnalysisProgressBar() : null;
  let engine: CliEngine | null = null;
  try {
    engine = await startCliEngine(casePath, {
      memoryLimit: options.memoryLimit,
      mode: 'browser',
      emit: (event, payload) => {
        if (event === 'onImportProgress') importBar?.update(payload as Parameters<NonNullable<typeof importBar>['update']>[0]);
        if (event === 'onAnalysisProgress') analysisBar?.update(payload as Parameters<NonNullable<typeof analysisBar>['update']>[0]);
      },
    });
    process.stdout.write(scratch === null ? `${engine.created ? 'Created' : 'Opened'} case ${engine.caseInfo.path}\n` : 'Using a temporary case (give --case FILE to keep it)\n');
    if (paths.length > 0) await importInto(engine, paths, options, importBar);
    importBar?.stop();
    const findings = await analyse(engine, options);
    analysisBar?.stop();
    if (options.json !== undefined) {
      writeFileSync(options.json, `${JSON.stringify(findings, null, 2)}\n`);
    }
    process.stdout.write(`\n${describeFindings(findings)}\n`);
    if (options.json !== undefined) process.stdout.write(`Findings written to ${resolve(options.json)}\n`);
    if (options.report !== undefined || options.csv !== undefined) {
      // The report reads the case on a connection of its own, so the engine lets go of the file first.
      engine.service.close();
      const written = await writeReport(casePath, { out: options.report, csv: options.csv }, { memoryLimit: options.memoryLimit, top: REPORT_PAGES, inputs: paths });
      for (const line of written) process.stdout.write(`${line}\n`);
    }
    return 0;
  } finally {
    importBar?.stop();
    analysisBar?.stop();
    engine?.service.close();
    if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
  }
}

function guardOutput(output: string, inputs: string[], what: string): void {
  try {
    assertOutsideInputs(output, inputs, what);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
}

async function importInto(
  engine: CliEngine,
  paths: string[],
  options: AnalyzeCommandOptions,
  bar: ReturnType<typeof createImportProgressBar> | null,
): Promise<void> {
  const result = await engine.service.handlers.importFiles({
    paths,
    mappingPath: options.mapping ?? null,
    timeZones: options.tz,
    presetOverrides: parsePresetChoices(options.preset),
  });
  bar?.stop();
  if (!result.ok) throw new CliError(`Import failed: ${result.error.message}`);
  process.stdout.write(`${describeSummary(result.value)}\n`);
}

async function analyse(engine: CliEngine, options: AnalyzeCommandOptions): Promise<Findings> {
  const request: AnalyzeRequest = { in_flight_s: options.inFlight * 60 };
  if (options.asOf !== undefined) request.as_of = options.asOf;
  const result = await engine.service.handlers.analyzeCase(request);
  if (!result.ok) throw new CliError(`Analysis failed: ${result.error.message}`);
  return result.value;
}
