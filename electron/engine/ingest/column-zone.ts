// Reads the zone a time column's own name states (`Date Processed (UTC)`, `created_at_utc`, `TranDateUtc`).
import type { CanonicalField } from '../../../shared/model/mapping';

/** The canonical fields that hold times read from a file. */
export const TIME_FIELDS = ['ts', 'last_modified', 'captured_at'] as const satisfies readonly CanonicalField[];

/** The words of a column name: split at punctuation and at lower-to-upper case changes, lower-cased. */
function nameWords(column: string): string[] {
  return column
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * The time columns a file is read by, when every one of them says in its name that its times are UTC; null when
 * the file reads no time or any of its time columns does not say so. Naive times in such columns are UTC by the
 * export's own statement, not for want of a zone.
 */
export function columnsStatingUtc(resolved: Partial<Record<CanonicalField, string>>): string[] | null {
  const columns = TIME_FIELDS.flatMap((field) => resolved[field] ?? []);
  if (columns.length === 0) return null;
  return columns.every((column) => nameWords(column).some((word) => word === 'utc' || word === 'gmt')) ? columns : null;
}
