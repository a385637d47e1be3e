// `driftscope report --case FILE --out report.html [--csv DIR] [--pdf report.pdf]`: the findings report of a case.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openCase } from '../engine/case/case-store';
import { EngineError } from '../engine/engine-error';
import { exportReport } from '../engine/report/export-report';
import { chromiumPrinter } from '../engine/report/print-pdf';
import { CliError } from './cli-error';

export interface ReportOutputs {
  /** The HTML report. */
  out?: string;
  /** Folder for verdicts.csv, evidence.csv and findings.json. */
  csv?: string;
  pdf?: string;
}

export interface ReportCommandOptions extends ReportOutputs {
  case: string;
  memoryLimit: string;
  /** How many of the largest drifts get a page of their own. */
  top: number;
}

/** Exit 0 when everything asked for was written; 1 (one line on stderr) when it could not be; 2 for usage. */
export async function runReportCommand(options: ReportCommandOptions): Promise<number> {
  if (options.out === undefined && options.pdf === undefined && options.csv === undefined) {
    throw new CliError('say what to write: --out report.html, --pdf report.pdf and/or --csv DIR', 2);
  }
  if (!existsSync(options.case)) throw new CliError(`${options.case}: no such case file`);
  const written = await writeReport(options.case, options, { memoryLimit: options.memoryLimit, top: options.top, inputs: [] });
  for (const line of written) process.stdout.write(`${line}\n`);
  return 0;
}

/**
 * Renders the case's last findings to the outputs asked for, never inside a folder the case was imported from (nor
 * inside `inputs`). Returns one line per file written.
 */
export async function writeReport(casePath: string, outputs: ReportOutputs, options: { memoryLimit: string; top: number; inputs: string[] }): Promise<string[]> {
  const { db } = await engineCall(() => openCase(casePath, { memoryLimit: options.memoryLimit }));
  try {
    const request = { htmlPath: outputs.out ?? null, pdfPath: outputs.pdf ?? null, csvDir: outputs.csv ?? null, top: options.top };
    const { written } = await engineCall(() => exportReport(db, request, { printer: chromiumPrinter, extraInputs: options.inputs }));
    return describeWritten(written, outputs);
  } finally {
    await db.close();
  }
}

/** One line per output, in the order HTML, CSV folder, PDF. */
function describeWritten(written: string[], outputs: ReportOutputs): string[] {
  const [html, pdf, csv] = [outputs.out, outputs.pdf, outputs.csv].map((path) => (path === undefined ? null : resolve(path)));
  const lines: string[] = [];
  if (html !== null) lines.push(`Report written to ${html}`);
  if (csv !== null) lines.push(`Verdicts, evidence and findings written to ${written.filter((path) => path.startsWith(`${csv}/`)).join(', ')}`);
  if (pdf !== null) lines.push(`PDF written to ${pdf}`);
  return lines;
}

/** Engine errors become one plain line and exit 1. */
async function engineCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EngineError) throw new CliError(error.message);
    throw error;
  }
}
