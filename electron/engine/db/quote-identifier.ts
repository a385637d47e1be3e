// The one helper through which every SQL identifier (table or column name) passes.

/** Quotes a DuckDB identifier so any name, however odd, is read as a name and never as SQL. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0) throw new Error('An SQL identifier cannot be empty');
  if (name.includes('\u0000')) throw new Error('An SQL identifier cannot contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}
