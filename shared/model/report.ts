// Requests and answers for the findings report: a preview in the app, and the files an export writes.

export interface ReportPreviewRequest {
  /** Pages for this many of the largest drifts when no SKU is starred. */
  top?: number;
}

export interface ReportPreview {
  /** The whole self-contained report, to show in a sandboxed frame. */
  html: string;
  /** SKUs with a page of their own. */
  skuPages: number;
}

export interface ReportExportRequest {
  /** Where to write the HTML report; null for none. */
  htmlPath: string | null;
  /** Where to write the PDF; null for none. */
  pdfPath: string | null;
  /** Folder for verdicts.csv, evidence.csv and findings.json; null for none. */
  csvDir: string | null;
  top?: number;
}

export interface ReportExportResult {
  /** Absolute paths of the files written, in the order HTML, PDF, CSV folder's files. */
  written: string[];
}

export const DEFAULT_REPORT_TOP = 10;
