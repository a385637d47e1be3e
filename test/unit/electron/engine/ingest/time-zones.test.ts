// Zone names as users and exports write them (IANA, Windows, offsets) resolve to zones DuckDB can use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import {
  LEGACY_WINDOWS_ZONES,
  WINDOWS_ZONES,
  fixedOffsetZone,
  formatOffset,
  resolveZone,
  type ZoneResolution,
} from '../../../../../electron/engine/ingest/time-zones';
import timeMacrosSql from '../../../../../electron/engine/sql/time-macros.sql?raw';

let db: CaseDatabase;

beforeAll(async () => {
  db = await CaseDatabase.open(':memory:');
  await db.run(timeMacrosSql);
});
afterAll(() => db.close());

function failure(resolution: ZoneResolution): { code: string; error: string } {
  if (resolution.ok) expect.fail(`expected a failure, got ${resolution.iana}`);
  return resolution;
}

describe('resolveZone', () => {
  it('accepts IANA names DuckDB knows, in any case, giving its spelling', async () => {
    expect(await resolveZone('America/Chicago', db.session)).toEqual({ ok: true, iana: 'America/Chicago', from: 'iana' });
    expect(await resolveZone(' america/new_york ', db.session)).toEqual({ ok: true, iana: 'America/New_York', from: 'iana' });
    expect(await resolveZone('Etc/GMT+5', db)).toEqual({ ok: true, iana: 'Etc/GMT+5', from: 'iana' });
  });

  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Eastern Standard Time', 'America/New_York'],
    ['Central Standard Time', 'America/Chicago'],
    ['Mountain Standard Time', 'America/Denver'],
    ['US Mountain Standard Time', 'America/Phoenix'],
    ['Alaskan Standard Time', 'America/Anchorage'],
    ['Hawaiian Standard Time', 'Pacific/Honolulu'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['Central Europe Standard Time', 'Europe/Budapest'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['China Standard Time', 'Asia/Shanghai'],
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['E. South America Standard Time', 'America/Sao_Paulo'],
    ['Central Standard Time (Mexico)', 'America/Mexico_City'],
    ['Mexico Standard Time', 'America/Mexico_City'],
    ['pacific standard time', 'America/Los_Angeles'],
    ['  Eastern   Standard Time ', 'America/New_York'],
  ])('reads the Windows zone %s as %s', async (windows, iana) => {
    expect(await resolveZone(windows, db.session)).toEqual({ ok: true, iana, from: 'windows' });
  });

  it.each(['UTC', 'utc', 'Z', 'GMT', 'UTC+00:00', '-00:00'])('reads %s as UTC', async (name) => {
    expect(await resolveZone(name, db.session)).toEqual({ ok: true, iana: 'UTC', from: 'utc-offset' });
  });

  it.each([
    ['UTC-05:00', 'Etc/GMT+5'],
    ['utc-5', 'Etc/GMT+5'],
    ['-0500', 'Etc/GMT+5'],
    ['GMT-8', 'Etc/GMT+8'],
    ['+05:00', 'Etc/GMT-5'],
    ['UTC+01', 'Etc/GMT-1'],
    ['UTC -12:00', 'Etc/GMT+12'],
    ['+14:00', 'Etc/GMT-14'],
  ])('maps the whole-hour offset %s to %s', async (offset, iana) => {
    expect(await resolveZone(offset, db.session)).toEqual({ ok: true, iana, from: 'utc-offset' });
  });

  it('maps an offset to a zone that reads naive times at that offset', async () => {
    const zone = await resolveZone('UTC-05:00', db.session);
    if (!zone.ok) expect.fail(zone.error);
    expect(await db.query("SELECT ds_instant('11/3/2026 5:05 PM', $zone) AS at", { zone: zone.iana })).toEqual([
      { at: '2026-11-03 22:05:00+00' },
    ]);
  });

  it('refuses offsets that are not whole hours, naming zones at that offset', async () => {
    const refused = failure(await resolveZone('+05:30', db.session));
    expect(refused.code).toBe('unsupported');
    expect(refused.error).toMatch(/UTC\+05:30 is not a whole number of hours/);
    expect(refused.error).toContain('Asia/Kolkata');
  });

  it('refuses offsets outside those in use, and bad minutes', async () => {
    expect(failure(await resolveZone('UTC+15:00', db.session)).error).toBe(
      'UTC+15:00 is outside the offsets in use (UTC-12:00 to UTC+14:00)',
    );
    expect(failure(await resolveZone('UTC+05:75', db.session)).error).toMatch(/'UTC\+05:75' is not an offset/);
  });

  it('refuses abbreviations, naming the zones they may mean', async () => {
    const est = failure(await resolveZone('EST', db.session));
    expect(est.error).toMatch(/'EST' is an abbreviation/);
    expect(est.error).toContain('America/New_York');
    expect(failure(await resolveZone('ist', db.session)).error).toContain('Asia/Kolkata or Asia/Jerusalem or Europe/Dublin');
    expect(failure(await resolveZone('PRC', db.session)).error).toMatch(/'PRC' is an abbreviation/);
  });

  it('names unknown zones and suggests the closest known names', async () => {
    const typo = failure(await resolveZone('Amercia/Chicago', db.session));
    expect(typo.code).toBe('bad_request');
    expect(typo.error).toMatch(/^Unknown time zone 'Amercia\/Chicago'\. Did you mean America\/Chicago/);
    expect(failure(await resolveZone('Pacific Standrd Time', db.session)).error).toContain(
      'Did you mean Pacific Standard Time',
    );
    expect(failure(await resolveZone('New York', db.session)).error).toContain('Did you mean America/New_York');
    expect(failure(await resolveZone('Narnia/Cair_Paravel', db.session)).error).toBe(
      "Unknown time zone 'Narnia/Cair_Paravel'. Give an IANA name (America/Chicago), a Windows name " +
        '(Central Standard Time) or an offset (UTC-05:00).',
    );
  });

  it('refuses a blank name', async () => {
    expect(failure(await resolveZone('  ', db.session)).error).toMatch(/cannot be blank/);
  });
});

describe('the Windows zone table', () => {
  it('covers CLDR windowsZones well beyond the 40 most common zones', () => {
    expect(Object.keys(WINDOWS_ZONES).length).toBeGreaterThanOrEqual(130);
  });

  it('maps only to zones DuckDB knows and can convert with', async () => {
    const known = new Set((await db.query<{ name: string }>('SELECT name FROM pg_timezone_names()')).map((row) => row.name));
    const unknown = Object.entries({ ...WINDOWS_ZONES, ...LEGACY_WINDOWS_ZONES }).filter(([, iana]) => !known.has(iana));
    expect(unknown).toEqual([]);
    const unconverted = await db.query(
      "SELECT zone FROM unnest(CAST(CAST($zones AS JSON) AS VARCHAR[])) AS t(zone) WHERE ds_instant('2026-11-03 12:00', zone) IS NULL",
      { zones: JSON.stringify(Object.values(WINDOWS_ZONES)) },
    );
    expect(unconverted).toEqual([]);
  });

  it('keeps each Windows standard offset: the table and DuckDB agree in January', async () => {
    const winter: Record<string, number> = {
      'Pacific Standard Time': -480,
      'Eastern Standard Time': -300,
      'India Standard Time': 330,
      'Nepal Standard Time': 345,
      'AUS Eastern Standard Time': 660,
      'Central Asia Standard Time': 360,
      'UTC-11': -660,
      'UTC+13': 780,
    };
    for (const [windows, minutes] of Object.entries(winter)) {
      const [row] = await db.query<{ offset: number }>(
        "SELECT CAST((epoch(TIMESTAMP '2026-01-15 12:00') - epoch(ds_instant('2026-01-15 12:00', $zone))) / 60 AS INTEGER) AS offset",
        { zone: WINDOWS_ZONES[windows] ?? '' },
      );
      expect(row?.offset, windows).toBe(minutes);
    }
  });
});

describe('fixed offsets', () => {
  it('maps whole hours with the POSIX sign of IANA Etc zones', () => {
    expect(fixedOffsetZone(-300)).toEqual({ ok: true, iana: 'Etc/GMT+5', from: 'utc-offset' });
    expect(fixedOffsetZone(540)).toEqual({ ok: true, iana: 'Etc/GMT-9', from: 'utc-offset' });
    expect(fixedOffsetZone(0)).toEqual({ ok: true, iana: 'UTC', from: 'utc-offset' });
    expect(fixedOffsetZone(330)).toMatchObject({ ok: false, code: 'unsupported' });
    expect(fixedOffsetZone(-780)).toMatchObject({ ok: false, code: 'bad_request' });
  });

  it('formats offsets as ISO 8601 writes them', () => {
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-570)).toBe('-09:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});
