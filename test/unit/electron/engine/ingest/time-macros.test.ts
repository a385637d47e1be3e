// The time macros: every supported spelling of a time becomes the right UTC instant, in real DuckDB.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import timeMacrosSql from '../../../../../electron/engine/sql/time-macros.sql?raw';
import { tempFolder } from '../../../../support/temp-folder';

let db: CaseDatabase;

beforeAll(async () => {
  db = await CaseDatabase.open(':memory:');
  await db.run(timeMacrosSql);
});
afterAll(() => db.close());

async function instant(raw: string | null, zone: string | null): Promise<string | null> {
  const [row] = await db.query<{ at: string | null }>('SELECT ds_instant($raw, $zone) AS at', { raw, zone });
  return row?.at ?? null;
}

async function hasOffset(raw: string | null): Promise<boolean | null> {
  const [row] = await db.query<{ aware: boolean | null }>('SELECT ds_instant_has_offset($raw) AS aware', { raw });
  return row?.aware ?? null;
}

async function wallClock(raw: string | null): Promise<string | null> {
  const [row] = await db.query<{ wall: string | null }>('SELECT ds_wall_clock($raw) AS wall', { raw });
  return row?.wall ?? null;
}

describe('ds_instant: epoch numbers', () => {
  it.each([
    ['1793743500', '2026-11-03 22:05:00+00'],
    ['1793743500.25', '2026-11-03 22:05:00.25+00'],
    ['1793743500.1234567', '2026-11-03 22:05:00.123456+00'],
    ['1793743500000', '2026-11-03 22:05:00+00'],
    ['1793743500123', '2026-11-03 22:05:00.123+00'],
    ['1793743500123.5', '2026-11-03 22:05:00.1235+00'],
    ['1793743500123456', '2026-11-03 22:05:00.123456+00'],
    ['1793743500123456789', '2026-11-03 22:05:00.123456+00'],
    [' 1793743500000 ', '2026-11-03 22:05:00+00'],
  ])('%s is a UTC instant whatever the zone', async (raw, expected) => {
    expect(await instant(raw, 'America/Chicago')).toBe(expected);
    expect(await instant(raw, null)).toBe(expected);
  });

  it('does not take other digit counts for epochs', async () => {
    expect(await instant('179374350', 'UTC')).toBeNull();
    expect(await instant('17937435000', 'UTC')).toBeNull();
    expect(await instant('12345', 'UTC')).toBeNull();
  });
});

describe('ds_instant: text with its own offset ignores the zone', () => {
  it.each([
    ['2026-11-03T22:05:00Z', '2026-11-03 22:05:00+00'],
    ['2026-11-03t22:05z', '2026-11-03 22:05:00+00'],
    ['2026-11-03 22:05:00Z', '2026-11-03 22:05:00+00'],
    ['2026-11-03T22:05:00.538Z', '2026-11-03 22:05:00.538+00'],
    ['2026-11-03T22:05:00.1234567Z', '2026-11-03 22:05:00.123456+00'],
    ['2026-11-03T22:05:00,5Z', '2026-11-03 22:05:00.5+00'],
    ['2026-03-11T21:21:31.112Z[UTC]', '2026-03-11 21:21:31.112+00'],
    ['2026-03-11T14:21:31.112-07:00[America/Los_Angeles]', '2026-03-11 21:21:31.112+00'],
    ['2026-11-03T16:05:00-06:00', '2026-11-03 22:05:00+00'],
    ['2026-11-03 16:05:00-0600', '2026-11-03 22:05:00+00'],
    ['2026-11-03 16:05:00 -06:00', '2026-11-03 22:05:00+00'],
    ['2026-11-03T16:05-06', '2026-11-03 22:05:00+00'],
    ['2026-11-04T03:35:00+05:30', '2026-11-03 22:05:00+00'],
    ['2026-11-04T03:35:00.250+0530', '2026-11-03 22:05:00.25+00'],
    ['2026-11-03 22:05:00 UTC', '2026-11-03 22:05:00+00'],
    ['2026-11-03 23:05:00 GMT+01:00', '2026-11-03 22:05:00+00'],
    ['2026/11/03 23:05:00+01:00', '2026-11-03 22:05:00+00'],
  ])('%s', async (raw, expected) => {
    expect(await instant(raw, 'America/Chicago')).toBe(expected);
    expect(await instant(raw, null)).toBe(expected);
  });

  it('refuses offsets no place uses', async () => {
    expect(await instant('2026-11-03T16:05:00+15:00', 'UTC')).toBeNull();
    expect(await instant('2026-11-03T16:05:00+05:75', 'UTC')).toBeNull();
  });
});

describe('ds_instant: naive text is read in the given zone', () => {
  it.each([
    ['2026-11-03 16:05', '2026-11-03 22:05:00+00'],
    ['2026-11-03 16:05:00', '2026-11-03 22:05:00+00'],
    ['2026-11-03 16:05:00.123', '2026-11-03 22:05:00.123+00'],
    ['2026-11-03T16:05:00', '2026-11-03 22:05:00+00'],
    ['2026-11-03', '2026-11-03 06:00:00+00'],
    ['2026/11/03 16:05:00', '2026-11-03 22:05:00+00'],
    ['11/3/2026 4:05 pm', '2026-11-03 22:05:00+00'],
    ['11/3/2026 4:05 PM', '2026-11-03 22:05:00+00'],
    ['11/3/2026 4:05pm', '2026-11-03 22:05:00+00'],
    ['11/3/2026 4:05:07 PM', '2026-11-03 22:05:07+00'],
    ['11/3/2026 4:05:07.25 pm', '2026-11-03 22:05:07.25+00'],
    ['11/03/2026 16:05', '2026-11-03 22:05:00+00'],
    ['11/03/2026 16:05:07', '2026-11-03 22:05:07+00'],
    ['11/3/2026', '2026-11-03 06:00:00+00'],
    ['11/3/26 4:05 PM', '2026-11-03 22:05:00+00'],
    ['11/3/26 16:05', '2026-11-03 22:05:00+00'],
    ['11/3/2026 12:05 AM', '2026-11-03 06:05:00+00'],
    ['11/3/2026 12:05 PM', '2026-11-03 18:05:00+00'],
    ['  11/3/2026   4:05  PM ', '2026-11-03 22:05:00+00'],
  ])('%s in America/Chicago', async (raw, expected) => {
    expect(await instant(raw, 'America/Chicago')).toBe(expected);
  });

  it('reads two-digit years as strptime does', async () => {
    expect(await instant('11/3/68', 'UTC')).toBe('2068-11-03 00:00:00+00');
    expect(await instant('11/3/99', 'UTC')).toBe('1999-11-03 00:00:00+00');
  });

  it('applies daylight saving: summer and winter in New York', async () => {
    expect(await instant('2026-07-01 12:00', 'America/New_York')).toBe('2026-07-01 16:00:00+00');
    expect(await instant('12/1/2026 12:00 PM', 'America/New_York')).toBe('2026-12-01 17:00:00+00');
  });

  it('handles the March spring-forward in New York, including the hour that does not exist', async () => {
    expect(await instant('2026-03-08 01:59', 'America/New_York')).toBe('2026-03-08 06:59:00+00');
    expect(await instant('2026-03-08 03:00', 'America/New_York')).toBe('2026-03-08 07:00:00+00');
    // 02:30 never shows on a New York clock that day: it is read with the offset before the change (EST).
    expect(await instant('3/8/2026 2:30 AM', 'America/New_York')).toBe('2026-03-08 07:30:00+00');
  });

  it('handles the November fall-back in New York, reading the repeated hour as standard time', async () => {
    expect(await instant('2026-11-01 00:59', 'America/New_York')).toBe('2026-11-01 04:59:00+00');
    expect(await instant('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01 06:30:00+00');
    expect(await instant('11/1/2026 2:00 AM', 'America/New_York')).toBe('2026-11-01 07:00:00+00');
  });

  it('accepts fixed-offset zones as resolveZone gives them', async () => {
    expect(await instant('2026-11-03 17:05', 'Etc/GMT+5')).toBe('2026-11-03 22:05:00+00');
    expect(await instant('2026-11-04 03:35', 'Asia/Kolkata')).toBe('2026-11-03 22:05:00+00');
  });

  it('gives NULL for naive text with no zone, never the machine zone', async () => {
    expect(await instant('2026-11-03 16:05', null)).toBeNull();
    expect(await instant('11/3/2026 4:05 PM', '')).toBeNull();
    expect(await instant('11/3/2026 4:05 PM', '  ')).toBeNull();
  });

  it('raises an error for a zone DuckDB does not know, rather than guessing', async () => {
    await expect(instant('2026-11-03 16:05', 'Mars/Olympus_Mons')).rejects.toThrow(/Unknown TimeZone/);
  });
});

describe('ds_instant: .NET JSON dates are epoch milliseconds', () => {
  it.each([
    ['/Date(1793743500000)/', '2026-11-03 22:05:00+00'],
    ['/Date(1793743500123+1100)/', '2026-11-03 22:05:00.123+00'],
    ['/Date(1793743500000-0600)/', '2026-11-03 22:05:00+00'],
    ['\\/Date(1793743500000)\\/', '2026-11-03 22:05:00+00'],
  ])('%s is a UTC instant whatever the zone', async (raw, expected) => {
    expect(await instant(raw, 'Australia/Melbourne')).toBe(expected);
    expect(await hasOffset(raw)).toBe(true);
  });
});

describe('ds_instant: dates with English month names', () => {
  it.each([
    ['Tue, 03 Nov 2026 22:05:00 GMT', '2026-11-03 22:05:00+00'],
    ['Wed, 4 Nov 2026 09:05:00 +1100', '2026-11-03 22:05:00+00'],
    ['03 Nov 2026 16:05:00 -0600', '2026-11-03 22:05:00+00'],
    ['Tue Nov 03 2026 16:05 -06:00', '2026-11-03 22:05:00+00'],
  ])('%s carries its offset', async (raw, expected) => {
    expect(await instant(raw, 'Australia/Melbourne')).toBe(expected);
    expect(await hasOffset(raw)).toBe(true);
  });

  it.each([
    ['03-NOV-2026 16:05:00', '2026-11-03 22:05:00+00'],
    ['3 November 2026 4:05 PM', '2026-11-03 22:05:00+00'],
    ['Nov 3, 2026 4:05:00 PM', '2026-11-03 22:05:00+00'],
    ['November 3, 2026 12:05 AM', '2026-11-03 06:05:00+00'],
    ['nov 3 2026', '2026-11-03 06:00:00+00'],
    ['Sept 3, 2026 1:00 PM', '2026-09-03 18:00:00+00'],
  ])('%s is naive, read in the zone', async (raw, expected) => {
    expect(await instant(raw, 'America/Chicago')).toBe(expected);
    expect(await hasOffset(raw)).toBe(false);
  });

  it('reads the wall clock of a naive one', async () => {
    expect(await wallClock('Nov 3, 2026 4:05:07 PM')).toBe('2026-11-03 16:05:07');
  });

  it('leaves text that only mentions a month alone', async () => {
    expect(await instant('Adjustment for MAR count', 'UTC')).toBeNull();
    expect(await wallClock('Adjustment for MAR count')).toBeNull();
  });
});

describe('ds_instant: Excel serial dates are wall-clock times', () => {
  it.each([
    ['46322.5451', '2026-10-27 19:04:57+00'],
    ['46322.5', '2026-10-27 18:00:00+00'],
    ['46322', '2026-10-27 06:00:00+00'],
  ])('%s is read in the zone, to the second', async (raw, expected) => {
    expect(await instant(raw, 'America/Denver')).toBe(expected);
    expect(await hasOffset(raw)).toBe(false);
  });

  it('gives its wall clock, and takes only five-digit days from 1954 to 2119', async () => {
    expect(await wallClock('46322.5451')).toBe('2026-10-27 13:04:57');
    expect(await instant('19999.5', 'UTC')).toBeNull();
    expect(await instant('80001', 'UTC')).toBeNull();
    expect(await instant('4632.5', 'UTC')).toBeNull();
  });
});

describe('ds_date_and_time: a date column and a time-of-day column read as one time', () => {
  async function joined(date: string | null, time: string | null): Promise<string | null> {
    const [row] = await db.query<{ text: string | null }>('SELECT ds_date_and_time($date, $time) AS text', { date, time });
    return row?.text ?? null;
  }

  it.each([
    ['2026-10-26 00:00:00.000', '1900-01-01 07:20:04.000', '2026-10-26 07:20:04.000'],
    ['2026-10-26', '07:20:04', '2026-10-26 07:20:04'],
    ['10/26/2026', '7:20 PM', '10/26/2026 7:20 PM'],
    ['10/26/2026 12:00:00 AM', '1:05 pm', '10/26/2026 1:05 pm'],
    ['2026-10-26T00:00:00', '072004', '2026-10-26 07:20:04'],
    ['26.10.2026', '0720', '26.10.2026 07:20'],
    ['2026-10-26', '07:20:04+02:00', '2026-10-26 07:20:04+02:00'],
  ])('%s with %s is %s', async (date, time, expected) => {
    expect(await joined(date, time)).toBe(expected);
  });

  it.each([
    ['2026-10-26 09:15:00', '07:20:04', 'a date that already holds its time'],
    ['10/26/2026 12:00 PM', '07:20', 'a date at noon'],
    ['2026-10-26 00:00:00.000', null, 'no time'],
    ['2026-10-26 00:00:00.000', '  ', 'a blank time'],
    ['2026-10-26 00:00:00.000', '3.5 hours', 'a time column holding no time of day'],
  ])('keeps %s as written beside %s (%s)', async (date, time, _why) => {
    expect(await joined(date, time)).toBe(date);
  });

  it('is NULL without a date, and reads as the instant of both parts', async () => {
    expect(await joined(null, '07:20:04')).toBeNull();
    expect(await joined('  ', '07:20:04')).toBeNull();
    const [row] = await db.query<{ at: string }>(
      "SELECT ds_instant(ds_date_and_time('2026-11-01 00:00:00.000', '1900-01-01 01:30:00.000'), 'America/Denver') AS at",
    );
    expect(row?.at).toBe('2026-11-01 08:30:00+00');
  });
});

describe('ds_instant: compact dates as host interfaces write them', () => {
  it.each([
    ['20270112', '2027-01-12 07:00:00+00'],
    ['20270112 05:17:00', '2027-01-12 12:17:00+00'],
    ['20270112051700', '2027-01-12 12:17:00+00'],
  ])('%s is read in the zone', async (raw, expected) => {
    expect(await instant(raw, 'America/Denver')).toBe(expected);
  });

  it('reads no eight-digit number that is no date, and no year outside 1900 to 2099', async () => {
    expect(await instant('20271340', 'UTC')).toBeNull();
    expect(await instant('21270112', 'UTC')).toBeNull();
    expect(await instant('2027011', 'UTC')).toBeNull();
  });
});

describe('ds_instant: what is not a time', () => {
  it.each([
    [null],
    [''],
    ['   '],
    ['garbage'],
    ['N/A'],
    ['2/30/2026'],
    ['2026-13-01'],
    ['2026-11-03 25:00'],
    ['11/3/2026 13:05 PM'],
    ['11/3/2026 0:05 AM'],
    ['11/3/2026 4:05 PM and more'],
    ['11/3/2026 4 PM'],
    ['25/12/2026'],
    ['3 Nov 2026 9 AM'],
    ['03 Novx 2026'],
    ['Fri, 03 Apr 2026 09:15:02 AEDT'],
    ['/Date(abc)/'],
    ['/Date(179374350)/'],
    ['2026-11-03T16:05:00Zulu'],
  ])('%s gives NULL', async (raw) => {
    expect(await instant(raw, 'America/Chicago')).toBeNull();
  });

  it('reads slash dates month first unless told the column writes them day first', async () => {
    expect(await instant('03/11/2026', 'UTC')).toBe('2026-03-11 00:00:00+00');
  });
});

describe('ds_instant: day-first slash dates', () => {
  async function dayFirst(raw: string, zone: string | null = 'UTC'): Promise<string | null> {
    const [row] = await db.query<{ at: string | null }>('SELECT ds_instant($raw, $zone, day_first := true) AS at', { raw, zone });
    return row?.at ?? null;
  }

  it.each([
    ['03/11/2026', '2026-11-03 00:00:00+00'],
    ['25/12/2026 16:05', '2026-12-25 16:05:00+00'],
    ['3/11/26 4:05 pm', '2026-11-03 16:05:00+00'],
    ['25/12/2026 16:05:07,5', '2026-12-25 16:05:07.5+00'],
    ['30.03.2027 07:28', '2027-03-30 07:28:00+00'],
    ['29-3-2027 13:18', '2027-03-29 13:18:00+00'],
    ['22-3-2027', '2027-03-22 00:00:00+00'],
    ['3.11.2026 4:05 PM', '2026-11-03 16:05:00+00'],
  ])('%s -> %s', async (raw, expected) => {
    expect(await dayFirst(raw)).toBe(expected);
  });

  it('applies the zone and leaves ISO, offsets and epochs as they are', async () => {
    expect(await dayFirst('25/12/2026 16:05', 'America/New_York')).toBe('2026-12-25 21:05:00+00');
    expect(await dayFirst('2026-11-03 16:05:00-05:00')).toBe('2026-11-03 21:05:00+00');
    expect(await dayFirst('2026/11/03 16:05')).toBe('2026-11-03 16:05:00+00');
    expect(await dayFirst('1793743500')).toBe('2026-11-03 22:05:00+00');
  });

  it('gives NULL for a date no day-first reading allows', async () => {
    expect(await dayFirst('12/25/2026')).toBeNull();
    expect(await dayFirst('31/02/2026')).toBeNull();
    // Dots or dashes need a four-digit year: `12-03-26` could as well be a year first.
    expect(await dayFirst('12-03-26')).toBeNull();
    expect(await dayFirst('1.482')).toBeNull();
  });
});

describe('ds_slash_date_order', () => {
  it.each([
    ['25/03/2026', 'day-first'],
    ['25/03/26 4:05 pm', 'day-first'],
    ['03/25/2026 16:05', 'month-first'],
    ['03/04/2026', 'either'],
    ['12/12/2026 10:00', 'either'],
    ['25/25/2026', null],
    ['25.03.2026 07:28', 'day-first'],
    ['3-25-2026', 'month-first'],
    ['25-03-26', null],
    ['2026/03/25', null],
    ['2026-03-25T10:00:00Z', null],
    ['1793743500000', null],
    ['garbage', null],
    ['', null],
  ])('%s -> %s', async (raw, expected) => {
    const [row] = await db.query<{ order: string | null }>('SELECT ds_slash_date_order($raw) AS "order"', { raw });
    expect(row?.order ?? null).toBe(expected);
  });
});

describe('ds_instant_has_offset', () => {
  it.each([
    ['2026-11-03T22:05:00Z', true],
    ['2026-11-03 16:05:00-05:00', true],
    ['2026-11-03 16:05:00 UTC', true],
    ['1793743500000', true],
    ['1793743500', true],
    ['2026-11-03 16:05:00', false],
    ['11/3/2026 4:05 PM', false],
    ['2026-11-03', false],
    ['garbage', false],
    ['', null],
    ['  ', null],
    [null, null],
  ])('%s -> %s', async (raw, expected) => {
    expect(await hasOffset(raw)).toBe(expected);
  });
});

describe('ds_wall_clock', () => {
  it.each([
    ['2026-11-03 16:05', '2026-11-03 16:05:00'],
    ['11/3/2026 4:05 PM', '2026-11-03 16:05:00'],
    ['11/3/26', '2026-11-03 00:00:00'],
    ['2026/11/03 16:05:00.5', '2026-11-03 16:05:00.5'],
    ['2026-11-03T16:05:00Z', null],
    ['1793743500000', null],
    ['garbage', null],
    ['', null],
  ])('%s -> %s', async (raw, expected) => {
    expect(await wallClock(raw)).toBe(expected);
  });

  it('reads a day-first column day first', async () => {
    const [row] = await db.query<{ wall: string }>("SELECT ds_wall_clock('25/12/2026 4:05 pm', day_first := true) AS wall");
    expect(row?.wall).toBe('2026-12-25 16:05:00');
  });
});

describe('the macros over a table', () => {
  it('read every row with its own zone, and columns DuckDB already typed', async () => {
    await db.run(`
      CREATE OR REPLACE TEMP TABLE exported AS
      SELECT * FROM (VALUES
        (1, '11/3/2026 4:05 PM', 'America/Chicago', TIMESTAMP '2026-11-03 16:05:00', TIMESTAMPTZ '2026-11-03 22:05:00+00', 1793743500000::BIGINT),
        (2, '2026-11-03 23:05:00', 'Europe/Berlin', TIMESTAMP '2026-11-03 23:05:00', NULL, NULL),
        (3, '2026-11-03T22:05:00Z', NULL, NULL, NULL, NULL),
        (4, '2026-11-03 16:05', NULL, NULL, NULL, NULL)
      ) AS t(id, raw, zone, sniffed, aware, epoch_ms)`);
    const rows = await db.query(`
      SELECT id, ds_instant(raw, zone) AS from_text, ds_instant(sniffed, zone) AS from_timestamp,
             ds_instant(aware, NULL) AS from_timestamptz, ds_instant(epoch_ms, NULL) AS from_epoch
      FROM exported ORDER BY id`);
    expect(rows).toEqual([
      {
        id: 1,
        from_text: '2026-11-03 22:05:00+00',
        from_timestamp: '2026-11-03 22:05:00+00',
        from_timestamptz: '2026-11-03 22:05:00+00',
        from_epoch: '2026-11-03 22:05:00+00',
      },
      { id: 2, from_text: '2026-11-03 22:05:00+00', from_timestamp: '2026-11-03 22:05:00+00', from_timestamptz: null, from_epoch: null },
      { id: 3, from_text: '2026-11-03 22:05:00+00', from_timestamp: null, from_timestamptz: null, from_epoch: null },
      { id: 4, from_text: null, from_timestamp: null, from_timestamptz: null, from_epoch: null },
    ]);
  });

  it('give the same instants whatever the session time zone', async () => {
    const instants = async () =>
      db.query(`SELECT epoch_ms(ds_instant('11/3/2026 4:05 PM', 'America/Chicago')) AS naive,
                       epoch_ms(ds_instant('2026-11-03T16:05:00-06:00', NULL)) AS aware,
                       epoch_ms(ds_instant(TIMESTAMPTZ '2026-11-03 22:05:00+00', NULL)) AS typed`);
    const inUtc = await instants();
    await db.run("SET TimeZone = 'Asia/Tokyo'");
    try {
      expect(await instants()).toEqual(inUtc);
    } finally {
      await db.run("SET TimeZone = 'UTC'");
    }
    expect(inUtc).toEqual([{ naive: '1793743500000', aware: '1793743500000', typed: '1793743500000' }]);
  });
});

describe('installing the macros', () => {
  const folder = tempFolder();

  it('is idempotent, and the macros persist in the case file', async () => {
    const path = join(folder, 'macros.duckdb');
    const first = await CaseDatabase.open(path);
    await first.run(timeMacrosSql);
    await first.run(timeMacrosSql);
    first.close();
    const reopened = await CaseDatabase.open(path);
    try {
      expect(await reopened.query("SELECT ds_instant('11/3/2026 4:05 PM', 'America/Chicago') AS at")).toEqual([
        { at: '2026-11-03 22:05:00+00' },
      ]);
    } finally {
      reopened.close();
    }
  });
});
