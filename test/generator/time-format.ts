// How the exports write instants: ISO with Z or an offset, epoch milliseconds, NetSuite's naive US local times.
import { MINUTE } from './clock';

export type TimeStyle = 'iso_z' | 'iso_z_ms' | 'iso_offset' | 'iso_offset_ms' | 'epoch_ms';

export function offsetSuffix(offsetMinutes: number): string {
  if (offsetMinutes === 0) return '+00:00';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A formatter for one style; offsets are fixed for the whole dump (no DST change inside a run). */
export function instantFormatter(style: TimeStyle, offsetMinutes: number): (instant: number) => string {
  const suffix = offsetSuffix(offsetMinutes);
  const shift = offsetMinutes * MINUTE;
  switch (style) {
    case 'iso_z':
      return bySecond((second) => `${new Date(second).toISOString().slice(0, 19)}Z`);
    case 'iso_z_ms':
      return (instant) => new Date(instant).toISOString();
    case 'iso_offset':
      return bySecond((second) => `${new Date(second + shift).toISOString().slice(0, 19)}${suffix}`);
    case 'iso_offset_ms':
      return (instant) => `${new Date(instant + shift).toISOString().slice(0, 23)}${suffix}`;
    case 'epoch_ms':
      return (instant) => String(instant);
  }
}

/** Records come in bursts within one second (or minute): formatting each distinct one once saves most of the work. */
function bySecond(format: (second: number) => string, unit = 1000): (instant: number) => string {
  let last = NaN;
  let text = '';
  return (instant) => {
    const second = Math.floor(instant / unit) * unit;
    if (second !== last) {
      last = second;
      text = format(second);
    }
    return text;
  };
}

export type UsStyle = 'h:mm am' | 'h:mm:ss AM' | 'HH:mm';

/** NetSuite's naive local date and time: `11/3/2026 4:05 pm`, `11/3/2026 4:05:07 PM` or `11/03/2026 16:05`. */
export function usLocalFormatter(style: UsStyle, offsetMinutes: number): (instant: number) => string {
  const shift = offsetMinutes * MINUTE;
  return bySecond((instant) => {
    const d = new Date(instant + shift);
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const hour = d.getUTCHours();
    const minute = String(d.getUTCMinutes()).padStart(2, '0');
    const year = d.getUTCFullYear();
    const two = (value: number): string => String(value).padStart(2, '0');
    if (style === 'HH:mm') return `${two(month)}/${two(day)}/${year} ${two(hour)}:${minute}`;
    const half = hour < 12 ? 'am' : 'pm';
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    if (style === 'h:mm am') return `${month}/${day}/${year} ${hour12}:${minute} ${half}`;
    return `${month}/${day}/${year} ${hour12}:${minute}:${String(d.getUTCSeconds()).padStart(2, '0')} ${half.toUpperCase()}`;
  }, style === 'h:mm:ss AM' ? 1000 : MINUTE);
}

/** NetSuite's date-only column: `11/3/2026`. */
export function usLocalDate(instant: number, offsetMinutes: number): string {
  const d = new Date(instant + offsetMinutes * MINUTE);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

/** A capture instant for a file name, in one of a few styles; local styles use the given offset. */
export function fileStamp(instant: number, style: number, offsetMinutes: number): string {
  const utc = new Date(instant).toISOString();
  const local = new Date(instant + offsetMinutes * MINUTE).toISOString();
  const [date, time] = [utc.slice(0, 10), utc.slice(11, 16).replace(':', '')];
  const [localDate, localTime] = [local.slice(0, 10).replaceAll('-', ''), local.slice(11, 16).replace(':', '')];
  switch (style % 3) {
    case 0:
      return `${date}T${time}Z`;
    case 1:
      return `${localDate}-${localTime}`;
    default:
      return `${date.replaceAll('-', '')}_${time}00Z`;
  }
}
