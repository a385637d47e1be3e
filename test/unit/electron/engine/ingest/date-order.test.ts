// The rule that decides whether a time column's slash dates are day or month first, from its values and the mapping.
import { describe, expect, it } from 'vitest';
import { DateOrderError, decideDateOrder, type DateOrderEvidence } from '../../../../../electron/engine/ingest/date-order';

const none: DateOrderEvidence = {
  dayFirst: 0,
  monthFirst: 0,
  either: 0,
  dayFirstExample: null,
  monthFirstExample: null,
  eitherExample: null,
};
const dayFirst = { ...none, dayFirst: 2, dayFirstExample: { value: '25/03/2026', line: 4 }, either: 5, eitherExample: '03/04/2026' };
const monthFirst = { ...none, monthFirst: 1, monthFirstExample: { value: '03/25/2026', line: 9 }, either: 5, eitherExample: '03/04/2026' };
const both = { ...dayFirst, monthFirst: 1, monthFirstExample: { value: '03/25/2026', line: 9 } };
const open = { ...none, either: 5, eitherExample: '03/04/2026' };
const plain = { id: 'acme', name: 'Acme log' };
const declared = (order: 'day-first' | 'month-first') => ({ ...plain, dateOrder: order });

describe('decideDateOrder', () => {
  it('follows the order the values settle when nothing is declared or the declaration agrees', () => {
    expect(decideDateOrder(dayFirst, plain, 'Date')).toEqual({ order: 'day-first', warning: null });
    expect(decideDateOrder(monthFirst, plain, 'Date')).toEqual({ order: 'month-first', warning: null });
    expect(decideDateOrder(dayFirst, declared('day-first'), 'Date')).toEqual({ order: 'day-first', warning: null });
  });

  it('takes the declared order when no value settles it, and month first with a warning when none is declared', () => {
    expect(decideDateOrder(open, declared('day-first'), 'Date')).toEqual({ order: 'day-first', warning: null });
    const guessed = decideDateOrder(open, plain, 'Date');
    expect(guessed.order).toBe('month-first');
    expect(guessed.warning).toMatch(/^column "Date": no date settles whether "03\/04\/2026" and the like are day or month first/);
  });

  it('says nothing for a column without slash dates', () => {
    expect(decideDateOrder(none, plain, 'ts')).toEqual({ order: 'month-first', warning: null });
  });

  it('lets values that settle the other order win over a built-in preset’s usual order, with a warning', () => {
    const netsuite = { id: 'netsuite-transactions-csv', name: 'NetSuite transactions', dateOrder: 'month-first' as const };
    expect(decideDateOrder(dayFirst, netsuite, 'Date')).toEqual({
      order: 'day-first',
      warning: 'column "Date" writes day-first dates ("25/03/2026" on line 4), not month first as NetSuite transactions usually does: read day first',
    });
  });

  it('refuses values that settle the order the mapping does not declare, naming the mapping that reads them', () => {
    expect(() => decideDateOrder(dayFirst, declared('month-first'), 'Date')).toThrow(DateOrderError);
    expect(() => decideDateOrder(dayFirst, declared('month-first'), 'Date')).toThrow(
      'column "Date" writes day-first dates ("25/03/2026" on line 4), but Acme log reads dates month first: read it ' +
        'with a mapping that extends acme with "dateOrder": "day-first"',
    );
  });

  it('keeps a declared order when the values show both (the others are rejected row by row), and refuses otherwise', () => {
    expect(decideDateOrder(both, declared('month-first'), 'Date')).toEqual({ order: 'month-first', warning: null });
    expect(() => decideDateOrder(both, plain, 'Date')).toThrow(
      /column "Date" mixes day-first dates \("25\/03\/2026" on line 4\) and month-first dates \("03\/25\/2026" on line 9\)/,
    );
  });
});
