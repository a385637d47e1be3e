// Resolves the time zone names users and exports give (IANA, Windows, UTC offsets) to an IANA zone DuckDB knows.
import type { Session } from '../db/case-database';
import timeZoneNamesSql from '../sql/time-zone-names.sql?raw';
import { LEGACY_WINDOWS_ZONES, WINDOWS_ZONES } from './windows-zones';

export { LEGACY_WINDOWS_ZONES, WINDOWS_ZONES };

export type ZoneOrigin = 'iana' | 'windows' | 'utc-offset';

export interface ResolvedZone {
  /** A zone name DuckDB's `timezone()` and `ds_instant` accept. */
  iana: string;
  /** How the given name was read. */
  from: ZoneOrigin;
}

/** A resolved zone, or why the name cannot be used (one line that names the value, for the user). */
export type ZoneResolution =
  | ({ ok: true } & ResolvedZone)
  | { ok: false; code: 'bad_request' | 'unsupported'; error: string };

const ok = (iana: string, from: ZoneOrigin): ZoneResolution => ({ ok: true, iana, from });
const refuse = (error: string, code: 'bad_request' | 'unsupported' = 'bad_request'): ZoneResolution => ({
  ok: false,
  code,
  error,
});

/** Anything that runs a query: a Session, or a CaseDatabase (which queries on its shared session). */
export type ZoneQuerySource = Pick<Session, 'query'>;

const ZONE_FORMS = 'an IANA name (America/Chicago), a Windows name (Central Standard Time) or an offset (UTC-05:00)';

const UTC_NAMES = new Set(['utc', 'z', 'gmt', 'uct', 'zulu']);

// Abbreviations name several zones at once (IST: India, Israel, Ireland), or, as IANA defines EST and MST, a
// fixed offset with no daylight saving that a US export never meant: refused rather than guessed.
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  est: ['America/New_York'],
  edt: ['America/New_York'],
  cst: ['America/Chicago', 'Asia/Shanghai'],
  cdt: ['America/Chicago'],
  mst: ['America/Denver', 'America/Phoenix'],
  mdt: ['America/Denver'],
  pst: ['America/Los_Angeles'],
  pdt: ['America/Los_Angeles'],
  akst: ['America/Anchorage'],
  akdt: ['America/Anchorage'],
  hst: ['Pacific/Honolulu'],
  ist: ['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin'],
  bst: ['Europe/London'],
  wet: ['Europe/Lisbon'],
  west: ['Europe/Lisbon'],
  cet: ['Europe/Berlin', 'Europe/Paris'],
  cest: ['Europe/Berlin', 'Europe/Paris'],
  eet: ['Europe/Athens', 'Europe/Helsinki'],
  eest: ['Europe/Athens', 'Europe/Helsinki'],
  msk: ['Europe/Moscow'],
  jst: ['Asia/Tokyo'],
  kst: ['Asia/Seoul'],
  sgt: ['Asia/Singapore'],
  awst: ['Australia/Perth'],
  acst: ['Australia/Adelaide', 'Australia/Darwin'],
  aest: ['Australia/Sydney', 'Australia/Brisbane'],
  aedt: ['Australia/Sydney'],
  nzst: ['Pacific/Auckland'],
  nzdt: ['Pacific/Auckland'],
};

const OFFSET_PATTERN = /^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** Offsets in use anywhere: UTC-12:00 to UTC+14:00. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

// Region names only: suggesting SystemV/ or the Java-era three-letter ids would send users to worse names.
const SUGGESTABLE_IANA = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\//;

interface ZoneCatalog {
  /** Lower-cased name to the name as DuckDB spells it. */
  names: Map<string, string>;
  /** Name to its UTC offset today, in minutes. */
  offsets: Map<string, number>;
}

// The zone list belongs to the DuckDB build, not to a case or a connection, so one copy serves the process.
let catalog: Promise<ZoneCatalog> | undefined;

function zoneCatalog(source: ZoneQuerySource): Promise<ZoneCatalog> {
  if (catalog === undefined) {
    const loading = source
      .query<{ name: string; utc_offset_minutes: number }>(timeZoneNamesSql)
      .then((rows) => ({
        names: new Map(rows.map((row) => [row.name.toLowerCase(), row.name])),
        offsets: new Map(rows.map((row) => [row.name, row.utc_offset_minutes])),
      }));
    loading.catch(() => {
      if (catalog === loading) catalog = undefined;
    });
    catalog = loading;
  }
  return catalog;
}

const WINDOWS_BY_LOWER_NAME = new Map(
  Object.entries({ ...LEGACY_WINDOWS_ZONES, ...WINDOWS_ZONES }).map(([windows, iana]) => [windows.toLowerCase(), iana]),
);

/**
 * Reads a zone name as a user or an export gives it:
 * - `UTC`, `Z`, `GMT`: UTC;
 * - a fixed offset as ISO 8601 writes it, east positive (`UTC-05:00`, `GMT+1`, `+05:30`, `-0500`): whole hours
 *   map to IANA's fixed zones, whose sign is inverted (`UTC-05:00` is `Etc/GMT+5`); other offsets are refused,
 *   naming the zones at that offset, since no IANA zone is a fixed +05:30;
 * - a Windows zone id (`Central Standard Time`), any case, through the CLDR table;
 * - an IANA name DuckDB knows (`America/Chicago`), any case.
 * Abbreviations (`EST`, `IST`) are refused with the zones they may mean. Unknown names are refused with the
 * closest known names.
 */
export async function resolveZone(name: string, source: ZoneQuerySource): Promise<ZoneResolution> {
  const given = name.trim().replace(/\s+/g, ' ');
  if (given === '') return refuse(`A time zone cannot be blank: give ${ZONE_FORMS}`);
  const lower = given.toLowerCase();
  if (UTC_NAMES.has(lower)) return ok('UTC', 'utc-offset');

  const offset = OFFSET_PATTERN.exec(given);
  if (offset !== null) {
    const [, sign, hours, minutes = '0'] = offset;
    if (Number(minutes) >= 60) return refuse(`Time zone '${given}' is not an offset: minutes run from 00 to 59`);
    const total = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
    const fixed = fixedOffsetZone(total);
    if (fixed.ok || fixed.code !== 'unsupported') return fixed;
    const atOffset = zonesAtOffset(total, await zoneCatalog(source));
    const examples = atOffset.length > 0 ? `; zones at UTC${formatOffset(total)} today: ${atOffset.join(', ')}` : '';
    return refuse(`${fixed.error}${examples}`, 'unsupported');
  }

  const windows = WINDOWS_BY_LOWER_NAME.get(lower);
  if (windows !== undefined) return ok(windows, 'windows');

  const abbreviated = ABBREVIATIONS[lower];
  if (abbreviated !== undefined || /^[A-Z]{2,5}$/.test(given)) {
    const examples = abbreviated === undefined ? '' : `, e.g. ${abbreviated.join(' or ')}`;
    return refuse(
      `Time zone '${given}' is an abbreviation, which can stand for several zones, or for a fixed offset that ` +
        `ignores daylight saving: give the IANA name instead${examples}`,
    );
  }

  const zones = await zoneCatalog(source);
  const iana = zones.names.get(lower);
  if (iana !== undefined) return ok(iana, 'iana');

  const suggestions = closestNames(given, [
    ...[...zones.names.values()].filter((zone) => SUGGESTABLE_IANA.test(zone)),
    ...Object.keys(WINDOWS_ZONES),
  ]);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
  return refuse(`Unknown time zone '${given}'.${hint} Give ${ZONE_FORMS}.`);
}

/**
 * The IANA zone for a fixed UTC offset in minutes, east positive: `Etc/GMT+5` for -300, `UTC` for 0. Only whole
 * hours have one.
 */
export function fixedOffsetZone(offsetMinutes: number): ZoneResolution {
  const offset = formatOffset(offsetMinutes);
  if (!Number.isInteger(offsetMinutes) || offsetMinutes < MIN_OFFSET_MINUTES || offsetMinutes > MAX_OFFSET_MINUTES) {
    return refuse(`UTC${offset} is outside the offsets in use (UTC-12:00 to UTC+14:00)`);
  }
  if (offsetMinutes === 0) return ok('UTC', 'utc-offset');
  if (offsetMinutes % 60 !== 0) {
    return refuse(
      `UTC${offset} is not a whole number of hours, and only whole-hour offsets map to a fixed zone: ` +
        'give the IANA zone instead',
      'unsupported',
    );
  }
  const hours = offsetMinutes / 60;
  // IANA's Etc zones use the POSIX sign: Etc/GMT+5 is five hours behind UTC.
  return ok(`Etc/GMT${hours < 0 ? '+' : '-'}${Math.abs(hours)}`, 'utc-offset');
}

/** `-05:00` for -300, `+05:30` for 330. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(Math.round(offsetMinutes));
  const hours = String(Math.floor(magnitude / 60)).padStart(2, '0');
  const minutes = String(magnitude % 60).padStart(2, '0');
  return `${sign}${hours}:${minutes}`;
}

function zonesAtOffset(offsetMinutes: number, zones: ZoneCatalog): string[] {
  return [...zones.offsets]
    .filter(([zone, minutes]) => minutes === offsetMinutes && SUGGESTABLE_IANA.test(zone) && !zone.startsWith('Etc/'))
    .map(([zone]) => zone)
    .slice(0, 5);
}

/** Up to three candidates nearest to the given name, compared whole and by their last path segment. */
function closestNames(given: string, candidates: string[]): string[] {
  const wanted = comparable(given);
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((candidate) => {
      const whole = comparable(candidate);
      const last = whole.slice(whole.lastIndexOf('/') + 1);
      return { candidate, distance: Math.min(editDistance(wanted, whole), editDistance(wanted, last)) };
    })
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

function comparable(name: string): string {
  return name.toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
