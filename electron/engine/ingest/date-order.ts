// Decides, per time column, whether its slash dates are written day or month first, from its values and the mapping.
import type { CanonicalField, DateOrder, Mapping } from '../../../shared/model/mapping';
import type { QueryParams, Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import { PRESETS } from './presets';

/** A time column whose slash dates cannot be read safely in either order (see decideDateOrder). */
export class DateOrderError extends Error {}

/** What a time column's slash dates show: how many only one order reads, with the first example of each. */
export interface DateOrderEvidence {
  dayFirst: number;
  monthFirst: number;
  either: number;
  dayFirstExample: { value: string; line: number } | null;
  monthFirstExample: { value: string; line: number } | null;
  eitherExample: string | null;
}

/**
 * Reads each time column's slash dates, in one pass over the file, and decides their order (decideDateOrder). The
 * prefilter keeps the pass cheap for the usual ISO and epoch columns, which never reach the parsing.
 */
export async function readDateOrders(
  session: Session,
  mapping: Mapping,
  fields: CanonicalField[],
  resolved: Partial<Record<CanonicalField, string>>,
  rawSelect: string,
  params: QueryParams,
): Promise<{ dayFirst: CanonicalField[]; warnings: string[] }> {
  const decided = { dayFirst: [] as CanonicalField[], warnings: [] as string[] };
  if (fields.length === 0) return decided;
  const orders = fields.map((field, i) => {
    const column = `r.${quoteIdentifier(`raw_${field}`)}`;
    // A slash anywhere, or a dot or dash right after a one- or two-digit day or month (never in ISO's `2026-`).
    const order =
      `CASE WHEN contains(${column}, '/') OR ${column}[2] IN ('.', '-') OR ${column}[3] IN ('.', '-') ` +
      `THEN ds_slash_date_order(${column}) END`;
    return `${column} AS v${i}, ${order} AS o${i}`;
  });
  const aggregates = fields.flatMap((_field, i) =>
    (['day-first', 'month-first', 'either'] as const).map((order) => {
      const tag = `${order.replace('-first', '')}_${i}`;
      return (
        `count(*) FILTER (WHERE o${i} = '${order}') AS n_${tag}, ` +
        `arg_min(v${i}, line_number) FILTER (WHERE o${i} = '${order}') AS value_${tag}, ` +
        `min(line_number) FILTER (WHERE o${i} = '${order}') AS line_${tag}`
      );
    }),
  );
  const [row] = await session.query(
    `SELECT ${aggregates.join(',\n       ')}\nFROM (SELECT line_number, ${orders.join(', ')} FROM (${rawSelect}\n) r)`,
    params,
  );
  fields.forEach((field, i) => {
    const read = (order: string, what: string): string | number | boolean | null => row?.[`${what}_${order}_${i}`] ?? null;
    const example = (order: string): { value: string; line: number } | null =>
      read(order, 'value') === null ? null : { value: String(read(order, 'value')), line: Number(read(order, 'line')) };
    const evidence: DateOrderEvidence = {
      dayFirst: Number(read('day', 'n')),
      monthFirst: Number(read('month', 'n')),
      either: Number(read('either', 'n')),
      dayFirstExample: example('day'),
      monthFirstExample: example('month'),
      eitherExample: example('either')?.value ?? null,
    };
    const decision = decideDateOrder(evidence, mapping, resolved[field] ?? field);
    if (decision.order === 'day-first') decided.dayFirst.push(field);
    if (decision.warning !== null) decided.warnings.push(decision.warning);
  });
  return decided;
}

/**
 * The order a time column's slash dates are read in. A date whose day is above 12 can only be read one way, so:
 * - a column whose values show one order only is read in it; one whose values show both is refused, since its
 *   other dates (04/03/2026) could then mean either;
 * - a mapping that declares an order (dateOrder) is the tie-breaker: it decides when no value settles it, and when
 *   the values show both orders (the dates written the other way are then rejected, each with its reason); values
 *   that show only the other order contradict it, and the file is refused. A built-in preset's order is only the
 *   system's usual default (NetSuite's US month-first; a UK account writes day first): values that settle the other
 *   order win, and a warning says so;
 * - with nothing declared and nothing settled, dates are read month first, and a warning says so.
 */
export function decideDateOrder(
  evidence: DateOrderEvidence,
  mapping: Pick<Mapping, 'id' | 'name' | 'dateOrder'>,
  column: string,
): { order: DateOrder; warning: string | null } {
  const declared = mapping.dateOrder;
  const shown = (example: { value: string; line: number } | null): string =>
    example === null ? '' : ` ("${example.value}" on line ${example.line})`;
  const day = `day-first dates${shown(evidence.dayFirstExample)}`;
  const month = `month-first dates${shown(evidence.monthFirstExample)}`;
  if (evidence.dayFirst > 0 && evidence.monthFirst > 0) {
    if (declared !== undefined) return { order: declared, warning: null };
    throw new DateOrderError(
      `column "${column}" mixes ${day} and ${month}, so a date such as 04/03/2026 in it could mean either: ` +
        'split the file by where its rows come from, or give a mapping with "dateOrder" (see docs/mappings.md)',
    );
  }
  const settled: DateOrder | null = evidence.dayFirst > 0 ? 'day-first' : evidence.monthFirst > 0 ? 'month-first' : null;
  if (settled !== null) {
    if (declared === undefined || declared === settled) return { order: settled, warning: null };
    if (PRESETS.some((preset) => preset.id === mapping.id)) {
      return {
        order: settled,
        warning:
          `column "${column}" writes ${settled === 'day-first' ? day : month}, not ${declared.replace('-', ' ')} as ${mapping.name} ` +
          `usually does: read ${settled.replace('-', ' ')}`,
      };
    }
    throw new DateOrderError(
      `column "${column}" writes ${settled === 'day-first' ? day : month}, but ${mapping.name} reads dates ` +
        `${declared.replace('-', ' ')}: read it with a mapping that extends ${mapping.id} with "dateOrder": "${settled}"`,
    );
  }
  if (declared !== undefined || evidence.either === 0) return { order: declared ?? 'month-first', warning: null };
  return {
    order: 'month-first',
    warning:
      `column "${column}": no date settles whether "${evidence.eitherExample ?? ''}" and the like are day or month ` +
      'first (no day above 12): read month first (MM/DD/YYYY); a mapping with "dateOrder": "day-first" reads them the other way',
  };
}
