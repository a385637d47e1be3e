// Copying from the grid without ag-grid's (Enterprise) clipboard: a cell's or a row's text onto the clipboard.
import type { PageRow } from '../../../../shared/model/page';

/** A cell as text: NULL copies as nothing, as a spreadsheet shows an empty cell. */
export function cellText(value: PageRow[string] | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A row as one line of tab-separated cells in the given column order, which pastes into a spreadsheet row. */
export function rowText(row: PageRow, columns: string[]): string {
  return columns.map((column) => cellText(row[column]).replace(/[\t\r\n]+/g, ' ')).join('\t');
}

/** Writes text to the clipboard; where the async clipboard is refused, through a hidden text area. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('The clipboard refused the text');
  }
}
