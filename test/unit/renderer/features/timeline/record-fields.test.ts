import { describe, expect, it } from 'vitest';
import { fieldText, keyFields, parseCaseInstant, prettyPayload } from '../../../../../renderer/src/features/timeline/record-fields';

describe('record fields', () => {
  it('reads the case\'s time values and shows them in the display zone', () => {
    expect(parseCaseInstant('2026-09-18 12:59:03+00')).toBe(Date.parse('2026-09-18T12:59:03Z'));
    expect(parseCaseInstant('2026-09-18 12:59:03.25+00')).toBe(Date.parse('2026-09-18T12:59:03.250Z'));
    expect(parseCaseInstant('not a time')).toBeNull();
    const ts = { name: 'ts', type: 'TIMESTAMP WITH TIME ZONE', value: '2026-09-18 12:59:03+00' };
    expect(fieldText(ts, 'America/New_York')).toBe('2026-09-18 08:59:03 EDT');
    expect(fieldText({ name: 'ts_raw', type: 'VARCHAR', value: '2026-09-18 12:59:03+00' }, 'America/New_York')).toBe('2026-09-18 12:59:03+00');
    expect(fieldText({ name: 'qty', type: 'DOUBLE', value: 3 }, 'UTC')).toBe('3');
    expect(fieldText({ name: 'flow', type: 'VARCHAR', value: null }, 'UTC')).toBeNull();
  });

  it('indents a JSON payload and leaves any other text as written', () => {
    expect(prettyPayload('{"sku":"A","qty":2}')).toBe('{\n  "sku": "A",\n  "qty": 2\n}');
    expect(prettyPayload('<Item sku="A"/>')).toBe('<Item sku="A"/>');
  });

  it('puts the fields worth reading first in their order, skipping those the table lacks', () => {
    const fields = ['payload', 'status', 'ts', 'sku'].map((name) => ({ name, type: 'VARCHAR', value: name }));
    expect(keyFields('events', fields).map((field) => field.name)).toEqual(['ts', 'status', 'sku']);
    expect(keyFields('raw_x', fields)).toEqual([]);
  });
});
