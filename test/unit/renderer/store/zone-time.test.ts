import { describe, expect, it } from 'vitest';
import { axisLabel, canonicalZone, formatInstant, fromZonedInput, toZonedInput } from '../../../../renderer/src/store/zone-time';

const NY = 'America/New_York';

describe('zone time', () => {
  it('knows IANA zones in any spelling and refuses others', () => {
    expect(canonicalZone('america/new_york')).toBe(NY);
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('Mars/Olympus')).toBeNull();
    expect(canonicalZone('  ')).toBeNull();
  });

  it('formats an instant on the zone\'s wall clock, across a daylight-saving change', () => {
    const ms = Date.parse('2026-09-20T14:00:00Z');
    expect(formatInstant(ms, 'UTC', { zoneName: true })).toBe('2026-09-20 14:00:00 UTC');
    expect(formatInstant(ms, NY, { zoneName: true })).toBe('2026-09-20 10:00:00 EDT');
    expect(formatInstant(Date.parse('2026-12-01T14:00:00Z'), NY, { zoneName: true })).toBe('2026-12-01 09:00:00 EST');
  });

  it('reads a wall-clock input back as the instant it names, and round-trips', () => {
    expect(fromZonedInput('2026-09-20T10:00', NY)).toBe(Date.parse('2026-09-20T14:00:00Z'));
    expect(fromZonedInput('2026-09-20T10:00:30', 'UTC')).toBe(Date.parse('2026-09-20T10:00:30Z'));
    // 02:30 does not exist on 2026-03-08 in New York: it lands an hour later, at 03:30 EDT.
    expect(fromZonedInput('2026-03-08T02:30', NY)).toBe(Date.parse('2026-03-08T07:30:00Z'));
    // 01:30 happens twice on 2026-11-01: the first, EDT.
    expect(fromZonedInput('2026-11-01T01:30', NY)).toBe(Date.parse('2026-11-01T05:30:00Z'));
    expect(fromZonedInput('yesterday', NY)).toBeNull();
    const ms = Date.parse('2026-11-01T06:30:00Z');
    expect(fromZonedInput(toZonedInput(ms, 'Asia/Kolkata'), 'Asia/Kolkata')).toBe(ms);
  });

  it('labels the axis with the time, and the date where it changes or when labels are days apart', () => {
    const first = Date.parse('2026-09-20T02:00:00Z');
    expect(axisLabel(first, NY, null)).toBe('22:00\n2026-09-19');
    expect(axisLabel(first + 3_600_000, NY, first)).toBe('23:00');
    expect(axisLabel(first + 7_200_000, NY, first + 3_600_000)).toBe('00:00\n2026-09-20');
    expect(axisLabel(Date.parse('2026-09-21T00:00:00Z'), 'UTC', Date.parse('2026-09-20T00:00:00Z'))).toBe('2026-09-21');
    expect(axisLabel(Date.parse('2026-09-21T00:00:00Z'), NY, Date.parse('2026-09-20T00:00:00Z'))).toBe('2026-09-20\n20:00');
  });
});
