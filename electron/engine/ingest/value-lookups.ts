// Maps the normalised fields (types, statuses, triggers, paths) of a file: a CASE over the raw values it holds, or a join.
import type { Mapping, ValueMap } from '../../../shared/model/mapping';
import type { QueryParams, Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import valueMapAddWordsSql from '../sql/value-map-add-words.sql?raw';
import valueMapCreateSql from '../sql/value-map-create.sql?raw';
import valuePresentListSql from '../sql/value-present-list.sql?raw';
import valuePresentWordsListSql from '../sql/value-present-words-list.sql?raw';
import valuePresentWordsSql from '../sql/value-present-words.sql?raw';
import { VALUE_WORD_ENTRIES, valueKey, valueMapFor, type ValueField } from './vocabulary';

/** Binds a value as a parameter of the statement being built and returns its placeholder. */
export type Bind = (value: string | number | string[]) => string;

/** A raw value a file holds, and the key it is looked up by (trimmed, lower-case, as value maps are keyed). */
export interface PresentValue {
  raw: string;
  key: string;
}

/**
 * A normalised field is mapped with a CASE over the distinct raw values the file holds, which keeps file order
 * (a join on the value map does not, and sorting millions of rows back cost more than the rest of the conversion).
 * A file with more distinct values than this falls back to the join and the sort.
 */
const CASE_VALUES_CAP = 200;

/**
 * The raw values each normalised field holds, most frequent first, or null for a field with more than
 * CASE_VALUES_CAP of them. One grouped pass over the file serves every field; it keeps every distinct value in
 * temp.present_values, and the value each one's words name in temp.present_words (value-present-words.sql), which
 * both the CASE (presentVocabularies) and the join (loadValueMaps) fall back on.
 */
export async function presentValues(
  session: Session,
  fields: ValueField[],
  rawSelect: string,
  params: QueryParams,
): Promise<Map<ValueField, PresentValue[] | null>> {
  const found = new Map<ValueField, PresentValue[] | null>();
  if (fields.length === 0) return found;
  const columns = fields.map((field) => `r.${quoteIdentifier(`raw_${field}`)}`);
  await session.run(
    `
CREATE OR REPLACE TEMP TABLE present_values AS
SELECT field, raw, lower(trim(raw)) AS key, n
FROM (
    SELECT CASE ${columns.map((column, i) => `WHEN grouping(${column}) = 0 THEN '${fields[i]}'`).join(' ')} END AS field,
           coalesce(${columns.join(', ')}) AS raw,
           count(*) AS n
    FROM (${rawSelect}
    ) r
    GROUP BY GROUPING SETS (${columns.map((column) => `(${column})`).join(', ')})
)
WHERE raw IS NOT NULL`,
    params,
  );
  const words = fields.flatMap((field) => VALUE_WORD_ENTRIES[field].map((entry) => `${field}|${entry}`));
  await session.run(valuePresentWordsSql, { words });
  const rows = await session.query<{ field: string; raw: string; key: string }>(valuePresentListSql, {
    values_cap: CASE_VALUES_CAP + 1,
  });
  for (const field of fields) {
    const values = rows.filter((row) => row.field === field).map(({ raw, key }) => ({ raw, key }));
    found.set(field, values.length > CASE_VALUES_CAP ? null : values);
  }
  return found;
}

/**
 * For each field mapped with a CASE, the normalised value of every raw value present: its value-map entry, else
 * the value its words name (temp.present_words), so that exact entries always win over words.
 */
export async function presentVocabularies(
  session: Session,
  mapping: Mapping,
  present: Map<ValueField, PresentValue[] | null>,
): Promise<Map<ValueField, ValueMap>> {
  const fields = [...present].filter(([, values]) => values !== null).map(([field]) => field);
  const vocabularies = new Map<ValueField, ValueMap>();
  if (fields.length === 0) return vocabularies;
  const guessed = await session.query<{ field: ValueField; key: string; value: string }>(valuePresentWordsListSql, { fields });
  for (const field of fields) {
    const words = guessed.filter((row) => row.field === field).map(({ key, value }) => [key, value]);
    vocabularies.set(field, { ...Object.fromEntries(words), ...valueMapFor(field, mapping).map });
  }
  return vocabularies;
}

/** A CASE giving each raw value present its normalised value; values the vocabulary lacks take `otherwise`. */
export function valueCase(value: string, present: PresentValue[], map: ValueMap, bind: Bind, otherwise: string): string {
  const branches = present
    .filter(({ key }) => Object.hasOwn(map, key))
    .map(({ raw, key }) => `WHEN ${bind(raw)} THEN ${bind(map[key] ?? '')}`);
  return branches.length === 0 ? otherwise : `CASE ${value} ${branches.join(' ')} ELSE ${otherwise} END`;
}

/**
 * Fills temp.value_map with the vocabulary of the fields normalised through a join, and with the value the words
 * of each distinct raw value the file holds name (temp.present_words), where the vocabulary has no exact entry.
 */
export async function loadValueMaps(session: Session, mapping: Mapping, fields: ValueField[]): Promise<void> {
  await session.run(valueMapCreateSql);
  const rows: [string, string, string][] = [];
  for (const field of fields) {
    for (const [raw, value] of Object.entries(valueMapFor(field, mapping).map)) rows.push([field, valueKey(raw), value]);
  }
  const unique = [...new Map(rows.map((row) => [`${row[0]}\u0000${row[1]}`, row])).values()];
  for (let start = 0; start < unique.length; start += 200) {
    const batch = unique.slice(start, start + 200);
    const params: Record<string, string> = {};
    const values = batch.map(([field, raw, value], i) => {
      params[`f${i}`] = field;
      params[`r${i}`] = raw;
      params[`v${i}`] = value;
      return `($f${i}, $r${i}, $v${i})`;
    });
    await session.run(`INSERT INTO temp.value_map VALUES ${values.join(', ')}`, params);
  }
  // Free text ("Order #NW10240 shipped") has a distinct value per document, so it is what takes this path most.
  await session.run(valueMapAddWordsSql, { fields });
}
