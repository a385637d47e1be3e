// Time arithmetic for the simulation: units, a zone's fixed offset over the run, local hours and business windows.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The zone's UTC offset in minutes at an instant (negative west of Greenwich), read once from Intl. */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const field = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return Math.round((wall - Math.floor(instant / SECOND) * SECOND) / MINUTE);
}

/** Whole minutes, rounded up. */
export function ceilMinute(instant: number): number {
  return Math.ceil(instant / MINUTE) * MINUTE;
}

/** The local wall clock of a zone with a fixed offset over the simulated days (the run never crosses a DST change). */
export class LocalClock {
  constructor(readonly offsetMinutes: number) {}

  /** Hours since local midnight, fractional. */
  hourOf(instant: number): number {
    const local = instant + this.offsetMinutes * MINUTE;
    return (((local % DAY) + DAY) % DAY) / HOUR;
  }

  /** The instant of a local wall-clock hour on the day of `instant`. */
  atHour(instant: number, hour: number): number {
    return instant - this.hourOf(instant) * HOUR + hour * HOUR;
  }

  /** `instant` if it lies in [open, close) local time, else the next opening. */
  nextOpen(instant: number, open: number, close: number): number {
    const hour = this.hourOf(instant);
    if (hour >= open && hour < close) return instant;
    const today = this.atHour(instant, open);
    return hour < open ? today : today + DAY;
  }
}
