// Verdicts and evidence as CSV (RFC 4180, formula-neutralised for spreadsheets) next to the findings JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Findings } from '../../../shared/model/findings';

/** A text cell or a number; numbers are written as numbers, whatever their sign. */
export type CsvValue = string | number | null;

/** Leading characters a spreadsheet may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export interface ReportCsvFiles {
  verdicts: string;
  evidence: string;
  findings: string;
}

/** Writes verdicts.csv, evidence.csv and findings.json into `dir` (created if absent); the caller vets the folder. */
export function writeReportCsv(findings: Findings, dir: string): ReportCsvFiles {
  mkdirSync(dir, { recursive: true });
  const files = { verdicts: join(dir, 'verdicts.csv'), evidence: join(dir, 'evidence.csv'), findings: join(dir, 'findings.json') };
  writeFileSync(
    files.verdicts,
    csvText(
      ['sku', 'location', 'cluster', 'confidence', 'units', 'wms', 'erp', 'storefront', 'bucket', 'first_check', 'conclusion'],
      findings.verdicts.map((verdict) => [
        verdict.sku,
        verdict.location,
        verdict.cluster,
        verdict.confidence,
        verdict.units,
        verdict.drift.wms,
        verdict.drift.erp,
        verdict.drift.storefront,
        verdict.bucket,
        verdict.first_check,
        verdict.checklist.conclusion,
      ]),
    ),
  );
  writeFileSync(
    files.evidence,
    csvText(
      ['sku', 'location', 'cluster', 'table', 'source_file', 'line', 'ts', 'summary'],
      findings.verdicts.flatMap((verdict) =>
        verdict.evidence.map((row) => [verdict.sku, verdict.location, verdict.cluster, row.table, row.source_file, row.line, row.ts, row.summary]),
      ),
    ),
  );
  writeFileSync(files.findings, `${JSON.stringify(findings, null, 2)}\n`);
  return files;
}
