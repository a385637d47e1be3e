// Reads the capture time an export's file name carries (`inventory_export-20260920-2254.csv`, `on-hand_2026-09-20T23:20Z.csv`).

export interface NameTime {
  /** Wall-clock date and time as written, `YYYY-MM-DD HH:MM:SS`. */
  local: string;
  /** True when the name says the time is UTC (`Z` or `UTC` right after it). */
  utc: boolean;
}

/** Date, then a separator or none, then hours and minutes, optional seconds, optional zone mark. */
const NAME_TIME =
  /(?<![0-9])(20[0-9]{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12][0-9]|3[01])[T _.-]?([01][0-9]|2[0-3])[:.-]?([0-5][0-9])(?:[:.-]?([0-5][0-9]))?(?![0-9])(?:[ _-]?(Z|UTC|utc|z)(?![A-Za-z]))?/;
/** The same with the year last (`ShipBob_Inventory_28-10-2026_0600.csv`), its day and month parted by a separator. */
const NAME_TIME_YEAR_LAST =
  /(?<![0-9])([0-3]?[0-9])[-._]([0-3]?[0-9])[-._](20[0-9]{2})[T _.-]?([01][0-9]|2[0-3])[:.-]?([0-5][0-9])(?:[:.-]?([0-5][0-9]))?(?![0-9])(?:[ _-]?(Z|UTC|utc|z)(?![A-Za-z]))?/;

/**
 * The first date-time a file name holds, or null when it holds none (a date alone is not a capture time). With the
 * year last, the day and month are told apart by their values (`28-10-2026` is day first, `10-28-2026` month
 * first); a name that reads both ways (`03-04-2026`) gives none rather than a time a month off.
 */
export function captureTimeInName(fileName: string): NameTime | null {
  const match = NAME_TIME.exec(fileName);
  if (match !== null) {
    const [, year, month, day, hour, minute, second, zone] = match;
    return nameTime(year, month, day, hour, minute, second, zone);
  }
  const yearLast = NAME_TIME_YEAR_LAST.exec(fileName);
  if (yearLast === null) return null;
  const [, first, second, year, hour, minute, seconds, zone] = yearLast;
  const [a, b] = [Number(first), Number(second)];
  const dayFirst = a > 12 && b >= 1 && b <= 12;
  const monthFirst = b > 12 && a >= 1 && a <= 12;
  if (dayFirst === monthFirst || Math.max(a, b) > 31) return null;
  return dayFirst ? nameTime(year, second, first, hour, minute, seconds, zone) : nameTime(year, first, second, hour, minute, seconds, zone);
}

function nameTime(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
): NameTime {
  const two = (part: string | undefined) => (part ?? '00').padStart(2, '0');
  return { local: `${year}-${two(month)}-${two(day)} ${hour}:${minute}:${second ?? '00'}`, utc: zone !== undefined };
}
