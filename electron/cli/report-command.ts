// `driftscope report --case FILE --out report.html [--csv DIR] [--pdf report.pdf]`: the findings report of a case.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCase } from '../engine/case/case-store';
import { EngineError } from '../engine/engine-error';
import { assertOutsideInputs } from '../engine/files/outside-inputs';
import { buildReport } from '../engine/report/build-report';
import { inputFolders } from '../engine/report/input-folders';
import { findChromium, printPdf } from '../engine/report/print-pdf';
import { renderReportHtml } from '../engine/report/render-report';
import { writeReportCsv } from '../engine/report/report-csv';
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
  const chromium = outputs.pdf === undefined ? null : findChromium();
  if (outputs.pdf !== undefined && chromium === null) {
    throw new CliError(`--pdf needs Chromium, and none was found at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'} (install it, or set CHROMIUM_PATH)`);
  }
  const { db } = await engineCall(() => openCase(casePath, { memoryLimit: options.memoryLimit }));
  const { html, findings } = await (async () => {
    try {
      const folders = [...options.inputs, ...(await inputFolders(db.session))];
      guard(outputs.out, folders, 'report');
      guard(outputs.pdf, folders, 'PDF report');
      guard(outputs.csv, folders, 'CSV folder');
      const input = await engineCall(() => buildReport(db, { top: options.top }));
      return { html: renderReportHtml(input), findings: input.findings };
    } finally {
      db.close();
    }
  })();
  const written: string[] = [];
  if (outputs.out !== undefined) {
    writeFileSync(outputs.out, html);
    written.push(`Report written to ${resolve(outputs.out)}`);
  }
  if (outputs.csv !== undefined) {
    const files = writeReportCsv(findings, outputs.csv);
    written.push(`Verdicts, evidence and findings written to ${resolve(files.verdicts)}, ${resolve(files.evidence)}, ${resolve(files.findings)}`);
  }
  if (outputs.pdf !== undefined && chromium !== null) {
    const scratch = outputs.out === undefined ? mkdtempSync(join(tmpdir(), 'driftscope-report-')) : null;
    try {
      const htmlPath = outputs.out ?? join(scratch ?? '', 'report.html');
      if (scratch !== null) writeFileSync(htmlPath, html);
      await engineCall(() => printPdf(chromium, htmlPath, outputs.pdf ?? ''));
    } finally {
      if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
    }
    written.push(`PDF written to ${resolve(outputs.pdf)}`);
  }
  return written;
}

function guard(output: string | undefined, inputs: string[], what: string): void {
  if (output === undefined) return;
  try {
    assertOutsideInputs(output, inputs, what);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
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
