// Which columns of a wide file are locations, for a mapping that unpivots one column per location.
import { ruleColumns, type Mapping } from '../../../shared/model/mapping';
import { normalizeColumnName } from './column-names';

/**
 * The columns a mapping's unpivot rule reads as locations, in file order: every column that no field rule names
 * (under any of its spellings) and the rule's `ignore` list does not name. Empty without an unpivot rule.
 */
export function locationColumns(mapping: Pick<Mapping, 'fields' | 'unpivot'>, columns: readonly string[]): string[] {
  if (mapping.unpivot === undefined) return [];
  const taken = new Set(
    [...Object.values(mapping.fields).flatMap(ruleColumns), ...mapping.unpivot.ignore].map(normalizeColumnName),
  );
  return columns.filter((column) => normalizeColumnName(column) !== '' && !taken.has(normalizeColumnName(column)));
}
