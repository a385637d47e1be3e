// `driftscope import <files...> --case FILE`: loads files into a case and prints each file's outcome.
import { isAbsolute, relative } from 'node:path';
import type { ImportSummary } from '../../shared/model/import';
import { startCliEngine } from './cli-engine';
import { CliError } from './cli-error';
import { formatCount, formatTable } from './format';
import { createImportProgressBar } from './import-progress-bar';

export interface ImportCommandOptions {
  case: string;
  memoryLimit: string;
  progress: boolean;
}

/** Returns the exit code: 0 when every file was loaded (or was already in the case), 1 when any failed. */
export async function runImportCommand(paths: string[], options: ImportCommandOptions): Promise<number> {
  const bar = options.progress && process.stderr.isTTY ? createImportProgressBar() : null;
  const engine = await startCliEngine(options.case, {
    memoryLimit: options.memoryLimit,
    mode: 'browser',
    emit: (event, payload) => {
      if (event === 'onImportProgress' && bar !== null) bar.update(payload as Parameters<typeof bar.update>[0]);
    },
  });
  try {
    process.stdout.write(`${engine.created ? 'Created' : 'Opened'} case ${engine.caseInfo.path}\n`);
    const result = await engine.service.handlers.importFiles({ paths });
    bar?.stop();
    if (!result.ok) throw new CliError(`Import failed: ${result.error.message}`);
    process.stdout.write(`${describeSummary(result.value)}\n`);
    return result.value.files.some((file) => file.status === 'failed') ? 1 : 0;
  } finally {
    bar?.stop();
    engine.service.close();
  }
}

function describeSummary(summary: ImportSummary): string {
  const rows = summary.files.map((file) => [
    displayPath(file.path),
    file.status,
    file.table ?? '-',
    formatCount(file.rowsLoaded),
    formatCount(file.rowsRejected),
    file.message ?? '',
  ]);
  const table = formatTable(['file', 'status', 'table', 'loaded', 'rejected', 'note'], rows, new Set([3, 4]));
  const failed = summary.files.filter((file) => file.status === 'failed').length;
  const totals =
    `${summary.files.length} file(s): ${formatCount(summary.rowsLoaded)} rows loaded, ` +
    `${formatCount(summary.rowsRejected)} rejected (see the rejects table)` +
    (failed > 0 ? `, ${failed} file(s) failed` : '');
  return `${table}\n\n${totals}`;
}

/** A path relative to the working folder when it lies inside it, else absolute. */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
