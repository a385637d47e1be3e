// The rule that decides whether a number column writes a decimal point or a decimal comma, from its values and the mapping.
import { describe, expect, it } from 'vitest';
import { decideDecimalMark, type DecimalMarkEvidence } from '../../../../../electron/engine/ingest/decimal-mark';

const none: DecimalMarkEvidence = { comma: 0, point: 0, commaExample: null, pointExample: null };
const commas = { ...none, comma: 3, commaExample: { value: '3,5', line: 2 } };
const points = { ...none, point: 2, pointExample: { value: '2.5', line: 7 } };
const both = { ...commas, point: 2, pointExample: { value: '2.5', line: 7 } };

describe('decideDecimalMark', () => {
  it('reads with a point when no value settles a comma, and with a comma when only commas are settled', () => {
    expect(decideDecimalMark(none, {}, 'qty')).toEqual({ mark: 'point', settled: false, warning: null });
    expect(decideDecimalMark(points, {}, 'qty')).toEqual({ mark: 'point', settled: true, warning: null });
    expect(decideDecimalMark(commas, {}, 'qty')).toEqual({ mark: 'comma', settled: true, warning: null });
  });

  it('reads a column that shows both with a point, and says the comma values are rejected', () => {
    const decision = decideDecimalMark(both, {}, 'Menge');
    expect(decision.mark).toBe('point');
    expect(decision.warning).toBe(
      'column "Menge" mixes 3 value(s) with a decimal comma ("3,5" on line 2) and 2 value(s) with a decimal point ' +
        '("2.5" on line 7): read with a decimal point, and the values with a comma are rejected; a mapping with ' +
        '"decimalMark" decides (see docs/mappings.md)',
    );
  });

  it('keeps the mark a mapping declares, saying how many values it rejects', () => {
    expect(decideDecimalMark(commas, { decimalMark: 'comma' }, 'qty')).toEqual({ mark: 'comma', settled: false, warning: null });
    expect(decideDecimalMark(both, { decimalMark: 'comma' }, 'qty')).toEqual({
      mark: 'comma',
      settled: false,
      warning: 'column "qty" holds 2 value(s) with a decimal point ("2.5" on line 7), which the mapping\'s decimal comma rejects',
    });
    expect(decideDecimalMark(commas, { decimalMark: 'point' }, 'qty').warning).toBe(
      'column "qty" holds 3 value(s) with a decimal comma ("3,5" on line 2), which the mapping\'s decimal point rejects',
    );
  });
});
