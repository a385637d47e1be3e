// Writes the findings report of an open case to the files asked for (HTML, PDF, CSV), never into a client folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_REPORT_TOP, type ReportExportRequest, type ReportExportResult, type ReportPreview } from '../../../shared/model/report';
import type { CaseDatabase } from '../db/case-database';
import { EngineError } from '../engine-error';
import { assertOutsideInputs } from '../files/outside-inputs';
import { buildReport } from './build-report';
import { inputFolders } from './input-folders';
import type { PdfPrinter } from './print-pdf';
import { renderReportHtml } from './render-report';
import { writeReportCsv } from './report-csv';

export interface ExportOptions {
  /** Prints an HTML file to PDF; asked for only when a PDF is wanted, so a missing printer fails before anything is written. */
  printer: () => PdfPrinter;
  /** Folders being read besides those the case was imported from (the CLI's analyze inputs). */
  extraInputs?: readonly string[];
}

export async function previewReport(db: CaseDatabase, top = DEFAULT_REPORT_TOP): Promise<ReportPreview> {
  const input = await buildReport(db, { top });
  return { html: renderReportHtml(input), skuPages: input.histories.length };
}

export async function exportReport(db: CaseDatabase, request: ReportExportRequest, options: ExportOptions): Promise<ReportExportResult> {
  const { htmlPath, pdfPath, csvDir } = request;
  if (htmlPath === null && pdfPath === null && csvDir === null) {
    throw new EngineError('bad_request', 'Say what to write: an HTML report, a PDF and/or a folder for the CSV files');
  }
  const folders = [...(options.extraInputs ?? []), ...(await inputFolders(db.session))];
  if (htmlPath !== null) assertOutsideInputs(htmlPath, folders, 'report');
  if (pdfPath !== null) assertOutsideInputs(pdfPath, folders, 'PDF report');
  if (csvDir !== null) assertOutsideInputs(csvDir, folders, 'CSV folder');
  const print = pdfPath === null ? null : options.printer();

  const input = await buildReport(db, { top: request.top ?? DEFAULT_REPORT_TOP });
  const html = renderReportHtml(input);
  const written: string[] = [];
  if (htmlPath !== null) {
    writeFileSync(htmlPath, html);
    written.push(resolve(htmlPath));
  }
  if (pdfPath !== null && print !== null) {
    await printFromHtml(print, html, htmlPath, pdfPath);
    written.push(resolve(pdfPath));
  }
  if (csvDir !== null) {
    const files = writeReportCsv(input.findings, csvDir);
    written.push(resolve(files.verdicts), resolve(files.evidence), resolve(files.findings));
  }
  return { written };
}

/** Prints the HTML file just written, or a private copy in a temporary folder when no HTML file was asked for. */
async function printFromHtml(print: PdfPrinter, html: string, htmlPath: string | null, pdfPath: string): Promise<void> {
  if (htmlPath !== null) return print(htmlPath, pdfPath);
  const scratch = mkdtempSync(join(tmpdir(), 'driftscope-report-'));
  try {
    const copy = join(scratch, 'report.html');
    writeFileSync(copy, html);
    await print(copy, pdfPath);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
