// `driftscope import <paths...> --case FILE`: loads files into a case and prints each file's outcome.
import { isAbsolute, relative, resolve } from 'node:path';
import type { ImportSummary } from '../../shared/model/import';
import { startCliEngine } from './cli-engine';
import { CliError } from './cli-error';
import { countOf, formatCount, formatTable } from './format';
import { createImportProgressBar } from './import-progress-bar';

export interface ImportCommandOptions {
  case: string;
  memoryLimit: string;
  progress: boolean;
  mapping?: string;
  tz: string[];
  /** `file=preset-id` choices that override detection. */
  preset: string[];
}

/** Returns the exit code: 0 when every file was loaded (or was already in the case), 1 when any failed. */
export async function runImportCommand(paths: string[], options: ImportCommandOptions): Promise<number> {
  const presetOverrides = parsePresetChoices(options.preset);
  const bar = options.progress && process.stderr.isTTY ? createImportProgressBar() : null;
  const engine = await startCliEngine(options.case, {
    memoryLimit: options.memoryLimit,
    mode: 'browser',
    emit: (event, payload) => {
      if (event === 'onImportProgress' && bar !== null) bar.update(payload as Parameters<typeof bar.update>[0]);
    },
  });
  // Ctrl+C stops the file being loaded and rolls it back; what already landed stays, as the summary says.
  const cancel = () => void engine.service.handlers.cancelImport({});
  process.once('SIGINT', cancel);
  try {
    process.stdout.write(`${engine.created ? 'Created' : 'Opened'} case ${engine.caseInfo.path}\n`);
    const result = await engine.service.handlers.importFiles({
      paths,
      mappingPath: options.mapping ?? null,
      timeZones: options.tz,
      presetOverrides,
    });
    bar?.stop();
    if (!result.ok) throw new CliError(`Import failed: ${result.error.message}`);
    process.stdout.write(`${describeSummary(result.value)}\n`);
    return result.value.files.some((file) => file.status === 'failed' || file.status === 'cancelled') ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', cancel);
    bar?.stop();
    engine.service.close();
  }
}

export function describeSummary(summary: ImportSummary): string {
  const rows = summary.files.map((file) => [
    displayPath(file.path),
    file.status,
    file.presetId ?? (file.kind === 'raw' ? 'unrecognised' : '-'),
    file.table ?? '-',
    formatCount(file.rowsLoaded),
    formatCount(file.rowsRejected),
    file.tzRule ?? '',
  ]);
  const table = formatTable(['file', 'status', 'recognised as', 'table', 'loaded', 'rejected', 'naive times'], rows, new Set([4, 5]));
  const notes = summary.files.flatMap((file) =>
    [...(file.message === null ? [] : [file.message]), ...file.warnings].map(
      (note) => `  ${displayPath(file.path)}: ${shorten(note.startsWith(file.path) ? note.slice(file.path.length + 2) : note)}`,
    ),
  );
  const failed = summary.files.filter((file) => file.status === 'failed').length;
  const totals =
    `${countOf(summary.files.length, 'file')}: ${countOf(summary.rowsLoaded, 'row')} loaded, ` +
    `${formatCount(summary.rowsRejected)} rejected (each with its line and reason in the rejects table)` +
    (failed > 0 ? `, ${countOf(failed, 'file')} failed` : '');
  return [table, ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []), '', totals].join('\n');
}

/** `exports/a.csv=wms-on-hand` choices as absolute path -> preset id; the engine checks the ids. */
export function parsePresetChoices(choices: string[]): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const choice of choices) {
    const at = choice.lastIndexOf('=');
    if (at <= 0 || at === choice.length - 1) {
      throw new CliError(`--preset ${choice}: write FILE=PRESET-ID, e.g. --preset exports/stock.csv=wms-on-hand`, 2);
    }
    overrides[resolve(choice.slice(0, at))] = choice.slice(at + 1);
  }
  return overrides;
}

const NOTE_CHARS = 300;

/** Notes stay readable in a terminal; the manifest's warnings keep the full text. */
function shorten(note: string): string {
  return note.length <= NOTE_CHARS ? note : `${note.slice(0, NOTE_CHARS - 1)}… (full text in the sources table)`;
}

/** A path relative to the working folder when it lies inside it, else absolute. */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
