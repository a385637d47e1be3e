// `driftscope preview <file>`: how a file would import (preset, field map, first records as typed), nothing written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreview } from '../../shared/model/import';
import { startCliEngine } from './cli-engine';
import { CliError } from './cli-error';
import { countOf, formatTable } from './format';

export interface PreviewCommandOptions {
  memoryLimit: string;
  mapping?: string;
  preset?: string;
  tz: string[];
  rows: number;
}

const CELL_CHARS = 28;

export async function runPreviewCommand(file: string, options: PreviewCommandOptions): Promise<number> {
  // The preview needs a case to run in, never the user's: a throw-away one in the temp folder.
  const scratch = mkdtempSync(join(tmpdir(), 'driftscope-preview-'));
  const engine = await startCliEngine(join(scratch, 'preview.driftcase'), {
    memoryLimit: options.memoryLimit,
    mode: 'browser',
    emit: () => undefined,
  });
  try {
    const result = await engine.service.handlers.previewImport({
      path: file,
      mappingPath: options.mapping ?? null,
      presetId: options.preset ?? null,
      timeZones: options.tz,
      rows: options.rows,
    });
    if (!result.ok) throw new CliError(result.error.message);
    process.stdout.write(`${describePreview(result.value)}\n`);
    return result.value.mappingId === null ? 1 : 0;
  } finally {
    engine.service.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function describePreview(preview: ImportPreview): string {
  const lines = [
    `${preview.path}`,
    `  format ${preview.format}, encoding ${preview.encoding}, ${preview.columns.length} columns`,
    ...preview.warnings.map((warning) => `  warning: ${warning}`),
    preview.mappingId === null
      ? `  ${preview.reason}`
      : `  read as ${preview.mappingName} (${preview.mappingId}) -> ${preview.kind} of ${preview.system}\n  because ${preview.reason}`,
  ];
  const others = preview.candidates.filter((candidate) => candidate.presetId !== preview.mappingId);
  if (others.length > 0) {
    lines.push(`  other matching presets: ${others.map((c) => `${c.presetId} (score ${c.score.toFixed(2)})`).join(', ')}`);
  }
  if (preview.tzRule !== null) lines.push(`  naive times: ${preview.tzRule}`);
  const fields = Object.entries(preview.resolved);
  if (fields.length > 0) {
    lines.push('', formatTable(['canonical field', 'read from'], fields));
  }
  const [first] = preview.rows;
  if (first !== undefined) {
    // Each field shows as it would be stored: its typed value where it has one, else its text.
    const fieldColumns = fields.map(([field]) => (`typed_${field}` in first ? `typed_${field}` : `raw_${field}`));
    const columns = ['line_number', ...fieldColumns, 'reason'];
    const header = columns.map((column) => column.replace(/^(typed|raw)_/, ''));
    const rows = preview.rows.map((row) => columns.map((column) => cell(row[column])));
    lines.push('', `First ${countOf(preview.rows.length, 'record')} as they would load:`, formatTable(header, rows));
  }
  if (preview.sampledRecords !== null) {
    lines.push('', `Judged on the first ${countOf(preview.sampledRecords, 'record')} of the file; an import reads every record.`);
  }
  return lines.join('\n');
}

function cell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ');
  return text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
}
