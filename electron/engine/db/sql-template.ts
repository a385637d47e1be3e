// Fills {{name}} identifier slots of a .sql file through the quoting helper; values stay bound parameters.
import { quoteIdentifier } from './quote-identifier';

/** Replaces each {{slot}} in sql with the quoted identifier given for it; an unfilled slot is an error. */
export function withIdentifiers(sql: string, identifiers: Record<string, string>): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_match, slot: string) => {
    const name = identifiers[slot];
    if (name === undefined) throw new Error(`SQL slot {{${slot}}} has no identifier`);
    return quoteIdentifier(name);
  });
}
