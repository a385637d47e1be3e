// Building blocks for the report's HTML: tables and lists whose cells are escaped unless marked as markup.
import { escapeHtml } from './escape-html';

/** Markup this module produced itself (never client text), written as is. */
export interface Markup {
  html: string;
}

export type Cell = string | number | null | Markup;

export interface Column {
  label: string;
  numeric?: boolean;
}

export const markup = (html: string): Markup => ({ html });

export function cellHtml(cell: Cell): string {
  if (cell !== null && typeof cell === 'object') return cell.html;
  return escapeHtml(cell);
}

export interface TableOptions {
  rowClass?: (index: number) => string | null;
  /** Markup this module produced for a full-width row under a row (e.g. the consultant's notes on it), or null. */
  rowNote?: (index: number) => string | null;
  testId?: string;
}

export function table(columns: readonly Column[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  const head = columns.map((column) => `<th${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`).join('');
  const body = rows
    .map((row, index) => {
      const rowClass = options.rowClass?.(index) ?? null;
      const cells = row.map((cell, column) => `<td${columns[column]?.numeric ? ' class="num"' : ''}>${cellHtml(cell)}</td>`).join('');
      const note = options.rowNote?.(index) ?? null;
      const noteRow = note === null ? '' : `<tr class="row-note"><td colspan="${columns.length}">${note}</td></tr>`;
      return `<tr${rowClass === null ? '' : ` class="${rowClass}"`}>${cells}</tr>${noteRow}`;
    })
    .join('');
  const testId = options.testId === undefined ? '' : ` data-testid="${escapeHtml(options.testId)}"`;
  return `<table${testId}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** `file:line` for an evidence row, the way a consultant cites it. */
export function citation(file: string, line: number | null): string {
  return line === null ? file : `${file}:${line}`;
}
