// Maps a DuckDB type name to the kind of grid column (and filter) that suits it.
import type { ColumnKind } from '../../../shared/model/case';

const NUMBER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL)/;
const DATE = /^(DATE|TIMESTAMP)/;

export function columnKind(duckdbType: string): ColumnKind {
  const type = duckdbType.toUpperCase();
  if (NUMBER.test(type)) return 'number';
  if (DATE.test(type)) return 'date';
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'VARCHAR' || type.startsWith('ENUM') || type === 'UUID') return 'text';
  return 'other';
}
