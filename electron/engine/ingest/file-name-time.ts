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

/** The first date-time a file name holds, or null when it holds none (a date alone is not a capture time). */
export function captureTimeInName(fileName: string): NameTime | null {
  const match = NAME_TIME.exec(fileName);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  return { local: `${year}-${month}-${day} ${hour}:${minute}:${second ?? '00'}`, utc: zone !== undefined };
}
