// Fills a query .sql file: {{slot}} identifiers through the quoting helper, [[slot]] fragments built by this folder.
import { withIdentifiers } from '../db/sql-template';

/**
 * Fragments are SQL that the view builders wrote (conditions, ORDER BY terms, column lists), with every value a
 * bound parameter and every name quoted; an unfilled slot is an error.
 */
export function fillSql(sql: string, identifiers: Record<string, string>, fragments: Record<string, string> = {}): string {
  const filled = sql.replace(/\[\[(\w+)\]\]/g, (_match, slot: string) => {
    const fragment = fragments[slot];
    if (fragment === undefined) throw new Error(`SQL slot [[${slot}]] has no fragment`);
    return fragment;
  });
  return withIdentifiers(filled, identifiers);
}
