// Pure reads of the state that components and actions share; no side effects, no React.
import type { TableInfo } from '../../../shared/model/case';
import type { FileOutcomeStatus, ImportProgress, ImportSummary } from '../../../shared/model/import';
import { CHOOSER_PURPOSES } from './chooser-purposes';
import { resolveInput } from './paths';
import type { AppState, ChooserState } from './types';

/** The part of the state a selector reads, so callers and tests pass only that. */
type StateOf<K extends keyof AppState> = Pick<AppState, K>;

export function selectSelectedTableInfo(state: StateOf<'tables' | 'selectedTable'>): TableInfo | null {
  return state.tables.find((table) => table.name === state.selectedTable) ?? null;
}

/** The table of the first file that loaded rows in an import, which the grid then shows. */
export function selectFirstLoadedTable(summary: ImportSummary): string | null {
  return summary.files.find((file) => file.status === 'loaded' && file.table !== null)?.table ?? null;
}

export function selectCanImport(state: StateOf<'caseInfo' | 'importRunning' | 'analysisRunning'>): boolean {
  return state.caseInfo !== null && !state.importRunning && !state.analysisRunning;
}

/** Analysis needs an open case and nothing else running: an import changes what it reads. */
export function selectCanAnalyse(state: StateOf<'caseInfo' | 'importRunning' | 'analysisRunning'>): boolean {
  return state.caseInfo !== null && !state.importRunning && !state.analysisRunning;
}

export function selectCanExport(state: StateOf<'caseInfo' | 'importRunning' | 'analysisRunning' | 'selectedTable'>): boolean {
  return selectCanImport(state) && state.selectedTable !== null;
}

/** How far an import is, 0 to 1: by bytes when sizes are known, else by files. */
export function selectImportFraction(progress: ImportProgress | null): number {
  if (progress === null) return 0;
  if (progress.phase === 'done') return 1;
  // While a file loads, follow DuckDB through it; before that, the bytes hashed.
  if (progress.phase === 'loading' && progress.fileFraction !== null && progress.filesTotal > 0) {
    return Math.min(1, (progress.filesDone + progress.fileFraction) / progress.filesTotal);
  }
  const fraction =
    progress.bytesTotal > 0
      ? progress.bytesDone / progress.bytesTotal
      : progress.filesTotal > 0
        ? progress.filesDone / progress.filesTotal
        : 0;
  return Math.min(1, Math.max(0, fraction));
}

export function selectOutcomeCounts(summary: ImportSummary): Record<FileOutcomeStatus, number> {
  const counts: Record<FileOutcomeStatus, number> = { loaded: 0, loaded_raw: 0, already_imported: 0, failed: 0, cancelled: 0 };
  for (const file of summary.files) counts[file.status] += 1;
  return counts;
}

export interface RowCounts {
  /** Rows matching the grid's filter; the table's size until the grid's first page arrived. */
  matching: number;
  total: number;
  filtered: boolean;
}

export function selectRowCounts(
  state: StateOf<'tables' | 'selectedTable' | 'matchingRowCount' | 'gridQuery'>,
): RowCounts | null {
  const table = selectSelectedTableInfo(state);
  if (table === null) return null;
  const filtered = Object.keys(state.gridQuery.filter).length > 0 || state.gridQuery.quickFind.trim() !== '';
  return { matching: state.matchingRowCount ?? table.rowCount, total: table.rowCount, filtered };
}

/** The paths the chooser's OK button acts on: what was typed wins, then ticked files, then the folder shown. */
export function selectChooserPaths(chooser: ChooserState): string[] {
  const folder = chooser.listing?.path ?? null;
  if (chooser.input.trim().length > 0) return [resolveInput(folder, chooser.input)];
  const mode = CHOOSER_PURPOSES[chooser.purpose].mode;
  if (mode === 'files') return chooser.selected;
  if (mode === 'folder' && folder !== null) return [folder];
  return [];
}

/**
 * The time-zone rules typed in the sidebar, one per comma, semicolon or line. Spaces stay inside a rule, since
 * Windows zone names have them (`wms=Central Standard Time`).
 */
export function selectZoneRules(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '');
}
