// Pure views of the crosswalk state: the rows of the current kind grouped by identity, and identities to map to.
import type { CrosswalkEntry } from '../../../shared/model/crosswalk';
import type { AppState } from './types';

export interface CrosswalkGroup {
  identity: string;
  entries: CrosswalkEntry[];
}

/**
 * The loaded rows, if they are for the open case and the kind now shown. Rows of an earlier search stay until the
 * new search answers, so the list does not jump while the user types.
 */
export function currentCrosswalk(state: AppState) {
  const view = state.crosswalkView;
  if (view === null || view.casePath !== state.caseInfo?.path || view.kind !== state.crosswalkKind) return null;
  return view;
}

/** Consecutive rows of one identity together (the engine sends them ordered by identity). */
export function crosswalkGroups(entries: readonly CrosswalkEntry[]): CrosswalkGroup[] {
  const groups: CrosswalkGroup[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last !== undefined && last.identity === entry.canonical_key) last.entries.push(entry);
    else groups.push({ identity: entry.canonical_key, entries: [entry] });
  }
  return groups;
}

/** What a mapping may name, as suggestions: every identity shown, and every system's spelling of one. */
export function crosswalkTargets(entries: readonly CrosswalkEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => [entry.canonical_key, entry.raw_value.trim()]))].sort((a, b) => a.localeCompare(b));
}

/** How many more rows the engine holds for the current kind and search. */
export function crosswalkRemaining(state: AppState): number {
  const view = currentCrosswalk(state);
  return view === null ? 0 : Math.max(0, view.total - view.entries.length);
}
