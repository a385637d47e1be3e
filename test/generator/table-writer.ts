// Writes rows as delimited text or JSON lines, counts lines, and slips in the planned malformed lines.
import type { OutputFile } from './output-file';

export type Cell = string | number | boolean | null;

export interface DelimitedFormat {
  kind: 'delimited';
  delimiter: string;
  quoteAll: boolean;
  crlf: boolean;
  bom: boolean;
  header: string[];
}

export interface JsonLinesFormat {
  kind: 'jsonl';
  /** Keys in record order; `payload.sku` nests `sku` inside a `payload` object. */
  keys: string[];
}

export type TableFormat = DelimitedFormat | JsonLinesFormat;

export type Malformation = 'too_many_fields' | 'too_few_fields' | 'bad_time' | 'truncated_json';

export interface PlannedMalformation {
  /** Written right after this many good records (or at the end, if the file has fewer). */
  afterRecord: number;
  kind: Malformation;
}

export interface TableOutcome {
  records: number;
  malformedLines: number[];
}

interface JsonEntry {
  key: string;
  index: number;
  children: JsonEntry[] | null;
}

export class TableWriter {
  private records = 0;
  private line = 0;
  private readonly malformedLines: number[] = [];
  private readonly pending: PlannedMalformation[];
  private last: Cell[] | null = null;
  private readonly encode: (cells: Cell[]) => string;
  private readonly newline: string;

  constructor(
    private readonly file: OutputFile,
    private readonly format: TableFormat,
    malformations: PlannedMalformation[],
    /** Index of the time cell, and a value in the file's time style that is not a time. */
    private readonly badTime: { index: number; value: string },
  ) {
    this.pending = [...malformations].sort((a, b) => a.afterRecord - b.afterRecord);
    if (format.kind === 'delimited') {
      this.newline = format.crlf ? '\r\n' : '\n';
      this.encode = delimitedEncoder(format);
      const header = format.header.map((name) => quoteCell(name, format)).join(format.delimiter);
      file.write(`${format.bom ? '\uFEFF' : ''}${header}${this.newline}`);
      this.line = 1;
    } else {
      this.newline = '\n';
      this.encode = jsonEncoder(format.keys);
    }
  }

  /** Writes one record; `cells` may be reused by the caller afterwards. */
  row(cells: Cell[]): void {
    this.file.write(this.encode(cells));
    this.file.write(this.newline);
    this.line += 1;
    this.records += 1;
    if (this.pending.length === 0) return;
    this.last = [...cells];
    while (this.pending.length > 0 && (this.pending[0]?.afterRecord ?? Infinity) <= this.records) {
      this.writeMalformed(this.pending.shift()?.kind ?? 'bad_time', cells);
    }
  }

  /** Writes what is still planned (at the end), and returns the counts. */
  finish(): TableOutcome {
    if (this.last !== null) {
      for (const planned of this.pending.splice(0)) this.writeMalformed(planned.kind, this.last);
    }
    return { records: this.records, malformedLines: this.malformedLines };
  }

  private writeMalformed(kind: Malformation, cells: Cell[]): void {
    let text: string;
    if (kind === 'truncated_json') {
      const full = this.encode(cells);
      text = full.slice(0, Math.max(12, Math.floor(full.length * 0.55)));
    } else if (kind === 'too_many_fields' && this.format.kind === 'delimited') {
      text = this.encode([...cells, 'unexpected', 'extra']);
    } else if (kind === 'too_few_fields' && this.format.kind === 'delimited') {
      text = this.encode(cells.slice(0, Math.max(2, cells.length - 3)));
    } else {
      text = this.encode(cells.map((cell, index) => (index === this.badTime.index ? this.badTime.value : cell)));
    }
    this.file.write(text + this.newline);
    this.line += 1;
    this.malformedLines.push(this.line);
  }
}

function quoteCell(text: string, format: DelimitedFormat): string {
  const needs = format.quoteAll || text.includes(format.delimiter) || /["\n\r]/.test(text);
  return needs ? `"${text.replaceAll('"', '""')}"` : text;
}

function delimitedEncoder(format: DelimitedFormat): (cells: Cell[]) => string {
  const special = new RegExp(`["\n\r${format.delimiter === '|' ? '\\|' : format.delimiter}]`);
  const text: string[] = [];
  return (cells) => {
    text.length = cells.length;
    for (let index = 0; index < cells.length; index += 1) {
      const cell = cells[index];
      if (cell === null || cell === undefined) text[index] = format.quoteAll ? '""' : '';
      else if (typeof cell !== 'string') text[index] = format.quoteAll ? `"${cell}"` : String(cell);
      else if (format.quoteAll || special.test(cell)) text[index] = `"${cell.replaceAll('"', '""')}"`;
      else text[index] = cell;
    }
    return text.join(format.delimiter);
  };
}

/** Builds the nesting once; each record is then one pass over its cells. */
function jsonEncoder(keys: string[]): (cells: Cell[]) => string {
  const entries: JsonEntry[] = [];
  keys.forEach((key, index) => {
    const dot = key.indexOf('.');
    if (dot < 0) {
      entries.push({ key: JSON.stringify(key), index, children: null });
      return;
    }
    const parent = JSON.stringify(key.slice(0, dot));
    let group = entries.find((entry) => entry.key === parent && entry.children !== null);
    if (group === undefined) {
      group = { key: parent, index: -1, children: [] };
      entries.push(group);
    }
    group.children?.push({ key: JSON.stringify(key.slice(dot + 1)), index, children: null });
  });
  const value = (cell: Cell | undefined): string =>
    cell === null || cell === undefined ? 'null' : typeof cell === 'string' ? JSON.stringify(cell) : String(cell);
  const object = (list: JsonEntry[], cells: Cell[]): string => {
    const members: string[] = new Array<string>(list.length);
    for (let i = 0; i < list.length; i += 1) {
      const entry = list[i] as JsonEntry;
      members[i] = `${entry.key}:${entry.children === null ? value(cells[entry.index]) : object(entry.children, cells)}`;
    }
    return `{${members.join(',')}}`;
  };
  return (cells) => object(entries, cells);
}
