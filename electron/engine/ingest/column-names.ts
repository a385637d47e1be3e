// The one rule for comparing column names, shared by preset detection and the import pipeline.

/**
 * The comparable form of a column name: `On Hand`, `on_hand`, `ON-HAND` and `OnHand` all become `onhand`.
 * Exports spell the same column many ways (user-defined saved-search labels, snake_case APIs, spreadsheet edits),
 * so only letters and digits count; a byte-order mark and surrounding spaces go with the rest. NFKC first, so a
 * composed and a decomposed `é` compare equal instead of the decomposed one losing its accent to the filter.
 */
export function normalizeColumnName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The first available column (as the file spells it) that matches an alias, trying aliases in order, so an
 * alias list reads as a preference: `['Location On Hand', 'On Hand']` picks the location-level figure when both
 * exist. When two available columns normalise alike, the leftmost wins.
 */
export function findColumn(available: readonly string[], aliases: readonly string[]): string | undefined {
  const byName = new Map<string, string>();
  for (const column of available) {
    const key = normalizeColumnName(column);
    if (!byName.has(key)) byName.set(key, column);
  }
  for (const alias of aliases) {
    const found = byName.get(normalizeColumnName(alias));
    if (found !== undefined) return found;
  }
  return undefined;
}
