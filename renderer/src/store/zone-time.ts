// Instants shown in a chosen time zone: checking a zone name, formatting an instant, and reading a wall-clock input
// back as an instant. Built on Intl only, so any IANA zone the runtime knows works.

export const UTC_ZONE = 'UTC';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: the fields of an instant's wall-clock time there, 24-hour. */
function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The zone's canonical name ('america/new_york' gives 'America/New_York'), or null when Intl does not know it. */
export function canonicalZone(zone: string): string | null {
  const name = zone.trim();
  if (name === '') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The zone's short name at that instant (EDT, GMT+2, UTC). */
  zoneName: string;
}

export function wallClock(ms: number, zone: string): WallClock {
  const parts = Object.fromEntries(wallClockFormat(zone).formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    zoneName: parts.timeZoneName ?? zone,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetMs(ms: number, zone: string): number {
  const wall = wallClock(ms, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** `2026-09-19 12:02:36` in the zone; with the zone's short name appended when asked. */
export function formatInstant(ms: number, zone: string, options: { zoneName?: boolean } = {}): string {
  const w = wallClock(ms, zone);
  const text = `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  return options.zoneName === true ? `${text} ${w.zoneName}` : text;
}

/** The value a `datetime-local` input shows for the instant in the zone (to the second). */
export function toZonedInput(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/**
 * The instant a wall-clock time in the zone names (`2026-09-19T12:02` or with seconds), or null when the text is
 * not one. A time the zone skips (spring forward) lands an hour later; a repeated one takes its first occurrence.
 */
export function fromZonedInput(value: string, zone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number, number, number, number, number, number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(wall)) return null;
  // The zone's offsets a day either side: the wall time under each that really shows that wall time, earliest first.
  const before = wall - offsetMs(wall - 86_400_000, zone);
  const after = wall - offsetMs(wall + 86_400_000, zone);
  const shows = (ms: number) => toZonedInput(ms, zone).startsWith(value.trim().slice(0, 16));
  const candidates = [before, after].filter(shows).sort((a, b) => a - b);
  // None shows it when the zone skips that hour: under the earlier offset it lands an hour later.
  return candidates[0] ?? before;
}

/**
 * A time-axis label in the zone: the time of day, with the date under it on the first label and wherever the date
 * changes. Labels a day or more apart show the date alone when they fall on the zone's midnight (the axis places
 * them on UTC boundaries, which are midnight only in some zones).
 */
export function axisLabel(ms: number, zone: string, previousMs: number | null): string {
  const w = wallClock(ms, zone);
  const date = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  const step = previousMs === null ? null : ms - previousMs;
  const time = step !== null && step < 60_000 ? `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` : `${pad(w.hour)}:${pad(w.minute)}`;
  if (step !== null && step >= 86_400_000) return w.hour === 0 && w.minute === 0 ? date : `${date}\n${time}`;
  if (previousMs === null) return `${time}\n${date}`;
  const before = wallClock(previousMs, zone);
  return before.day === w.day && before.month === w.month && before.year === w.year ? time : `${time}\n${date}`;
}
