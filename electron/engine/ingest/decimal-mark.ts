// Decides, per number column, whether it writes a decimal point or a decimal comma, from its values and the mapping.
import type { CanonicalField, DecimalMark, Mapping } from '../../../shared/model/mapping';
import type { QueryParams, Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';

/** What a number column's values settle: how many only one decimal mark reads, with the first example of each. */
export interface DecimalMarkEvidence {
  comma: number;
  point: number;
  commaExample: { value: string; line: number } | null;
  pointExample: { value: string; line: number } | null;
}

/**
 * Reads each number column's decimal marks and decides them (decideDecimalMark). A decimal comma is only ever
 * chosen on a value that settles it, and such a value holds a comma: the usual columns, without one, cost one cheap
 * test per value and no second pass.
 */
export async function readDecimalMarks(
  session: Session,
  mapping: Mapping,
  fields: CanonicalField[],
  resolved: Partial<Record<CanonicalField, string>>,
  rawSelect: string,
  params: QueryParams,
  stagedColumns: readonly string[],
): Promise<{ comma: CanonicalField[]; warnings: string[] }> {
  const decided = { comma: [] as CanonicalField[], warnings: [] as string[] };
  if (fields.length === 0) return decided;
  /** Per field, how many values meet a condition, with the first of them: one pass over the file for all parts. */
  const tally = async (parts: [string, (column: string) => string][]) => {
    const aggregates = parts.flatMap(([tag, when]) =>
      fields.map((field, i) => {
        const column = `r.${quoteIdentifier(`raw_${field}`)}`;
        const condition = when(column);
        return (
          `count(*) FILTER (WHERE ${condition}) AS ${tag}_n_${i}, ` +
          `arg_min(${column}, line_number) FILTER (WHERE ${condition}) AS ${tag}_value_${i}, ` +
          `min(line_number) FILTER (WHERE ${condition}) AS ${tag}_line_${i}`
        );
      }),
    );
    const [row] = await session.query(`SELECT ${aggregates.join(',\n       ')}\nFROM (${rawSelect}\n) r`, params);
    return (tag: string) =>
      fields.map((_field, i) => ({
        n: Number(row?.[`${tag}_n_${i}`] ?? 0),
        example: row?.[`${tag}_value_${i}`] == null ? null : { value: String(row[`${tag}_value_${i}`]), line: Number(row[`${tag}_line_${i}`]) },
      }));
  };
  const settles = (mark: DecimalMark, prefilter: string) => (column: string) =>
    `contains(${column}, '${prefilter}') AND ds_decimal_mark(${column}) = '${mark}'`;
  const first = await tally([
    ['comma', settles('comma', ',')],
    ['grouped', (column) => `contains(${column}, '.') AND regexp_full_match(${column}, '\\s*[-+]?[0-9]{1,3}(?:\\.[0-9]{3})+\\s*')`],
  ]);
  const commas = first('comma');
  const grouped = first('grouped').map(({ example }) => example);
  if (commas.every(({ n }) => n === 0) && grouped.every((example) => example === null) && mapping.decimalMark !== 'comma') {
    return decided;
  }
  const points = (await tally([['point', settles('point', '.')]]))('point');
  const settledComma: string[] = [];
  let example = '';
  fields.forEach((field, i) => {
    const evidence: DecimalMarkEvidence = {
      comma: commas[i]?.n ?? 0,
      point: points[i]?.n ?? 0,
      commaExample: commas[i]?.example ?? null,
      pointExample: points[i]?.example ?? null,
    };
    const column = resolved[field] ?? field;
    const decision = decideDecimalMark(evidence, mapping, column);
    if (decision.mark === 'comma') decided.comma.push(field);
    if (decision.warning !== null) decided.warnings.push(decision.warning);
    if (decision.settled && decision.mark === 'comma') {
      settledComma.push(`"${column}"`);
      example ||= shownExample(evidence.commaExample);
    }
  });
  await readUnsettledAsFile(session, mapping, fields, resolved, grouped, decided, stagedColumns, points);
  // Columns whose values settle a decimal comma are named in one warning: it changes what "5,000" means in them.
  if (settledComma.length > 0) {
    decided.warnings.unshift(
      `${settledComma.length === 1 ? 'column' : 'columns'} ${settledComma.join(', ')} ${settledComma.length === 1 ? 'writes' : 'write'} ` +
        `decimal commas${example}: read "1.234,5" as 1234.5 and "5,000" as 5`,
    );
  }
  return decided;
}

type Example = { value: string; line: number } | null;

/**
 * A column whose values settle no mark but group thousands with points ("1.482") is read as the rest of the file
 * writes: a European export writes its quantities `1.482` beside prices `3,20`. The file's other columns (every
 * column of a delimited file, mapped or not) decide when they settle one mark only; else the column keeps the point.
 */
async function readUnsettledAsFile(
  session: Session,
  mapping: Mapping,
  fields: CanonicalField[],
  resolved: Partial<Record<CanonicalField, string>>,
  grouped: Example[],
  decided: { comma: CanonicalField[]; warnings: string[] },
  stagedColumns: readonly string[],
  points: { n: number }[],
): Promise<void> {
  if (mapping.decimalMark !== undefined || stagedColumns.length === 0) return;
  const unsettled = fields.filter((field, i) => grouped[i] !== null && !decided.comma.includes(field) && points[i]?.n === 0);
  if (unsettled.length === 0) return;
  const settles = (mark: DecimalMark, prefilter: string) =>
    stagedColumns.map((column, i) => {
      const value = `s.${quoteIdentifier(column)}`;
      // Only cells that are numbers, or a date (`30.03.2027`) would count as a decimal point.
      const when =
        `contains(${value}, '${prefilter}') AND regexp_full_match(${value}, '\\s*[-+]?[$€£]?\\s*[0-9][0-9.,]*\\s*') ` +
        `AND ds_decimal_mark(${value}) = '${mark}'`;
      return `count(*) FILTER (WHERE ${when}) AS ${mark}_${i}, arg_min(${value}, rowid) FILTER (WHERE ${when}) AS ${mark}_value_${i}`;
    });
  const [row] = await session.query(`SELECT ${[...settles('comma', ','), ...settles('point', '.')].join(',\n       ')}\nFROM temp.stage s`);
  const evidence = (mark: DecimalMark) =>
    stagedColumns.flatMap((column, i) => (Number(row?.[`${mark}_${i}`] ?? 0) > 0 ? [`"${String(row?.[`${mark}_value_${i}`])}" in "${column}"`] : []));
  const [commaColumns, pointColumns] = [evidence('comma'), evidence('point')];
  if (commaColumns.length === 0 || pointColumns.length > 0) return;
  for (const field of unsettled) {
    const example = grouped[fields.indexOf(field)];
    decided.comma.push(field);
    decided.warnings.push(
      `column "${resolved[field] ?? field}" groups thousands with points${shownExample(example ?? null)}, read as whole ` +
        `thousands: the file's other columns write decimal commas (${commaColumns.slice(0, 2).join(', ')})`,
    );
  }
}

function shownExample(example: { value: string; line: number } | null): string {
  return example === null ? '' : ` ("${example.value}" on line ${example.line})`;
}

/**
 * The decimal mark a number column is read with, and whether its values settled it. "3,5", "0,000" or "1.234,5"
 * can only be read with a comma, "3.5" or "1,234.5" only with a point; "5,000" either way (5000 or 5), so:
 * - a column whose values settle one mark only is read with it (readDecimalMarks names the columns that settle a
 *   decimal comma in a warning, since it changes what "5,000" means in them);
 * - a mapping that declares a mark (decimalMark) keeps it; values written with the other are rejected row by row,
 *   and a warning says how many the column holds;
 * - a column that shows both marks is read with a point, its decimal-comma values rejected, with a warning.
 */
export function decideDecimalMark(
  evidence: DecimalMarkEvidence,
  mapping: Pick<Mapping, 'decimalMark'>,
  column: string,
): { mark: DecimalMark; settled: boolean; warning: string | null } {
  const comma = `${evidence.comma} value(s) with a decimal comma${shownExample(evidence.commaExample)}`;
  const point = `${evidence.point} value(s) with a decimal point${shownExample(evidence.pointExample)}`;
  const declared = mapping.decimalMark;
  if (declared !== undefined) {
    const against = declared === 'comma' ? evidence.point : evidence.comma;
    if (against === 0) return { mark: declared, settled: false, warning: null };
    return {
      mark: declared,
      settled: false,
      warning: `column "${column}" holds ${declared === 'comma' ? point : comma}, which the mapping's decimal ${declared} rejects`,
    };
  }
  if (evidence.comma === 0) return { mark: 'point', settled: evidence.point > 0, warning: null };
  if (evidence.point === 0) return { mark: 'comma', settled: true, warning: null };
  return {
    mark: 'point',
    settled: false,
    warning:
      `column "${column}" mixes ${comma} and ${point}: read with a decimal point, and the values with a comma are ` +
      'rejected; a mapping with "decimalMark" decides (see docs/mappings.md)',
  };
}
