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

export function table(columns: readonly Column[], rows: readonly (readonly Cell[])[], options: { rowClass?: (index: number) => string | null; testId?: string } = {}): string {
  const head = columns.map((column) => `<th${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`).join('');
  const body = rows
    .map((row, index) => {
      const rowClass = options.rowClass?.(index) ?? null;
      const cells = row.map((cell, column) => `<td${columns[column]?.numeric ? ' class="num"' : ''}>${cellHtml(cell)}</td>`).join('');
      return `<tr${rowClass === null ? '' : ` class="${rowClass}"`}>${cells}</tr>`;
    })
    .join('');
  const testId = options.testId === undefined ? '' : ` data-testid="${escapeHtml(options.testId)}"`;
  return `<table${testId}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** `file:line` for an evidence row, the way a consultant cites it. */
export function citation(file: string, line: number | null): string {
  return line === null ? file : `${file}:${line}`;
}
