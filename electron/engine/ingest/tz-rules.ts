// The user's time-zone rules (`--tz`): parsing them, resolving their zones, and choosing the one for a file.
import { SYSTEMS, type SystemName } from '../../../shared/model/mapping';
import { EngineError } from '../engine-error';
import { resolveZone, type ZoneQuerySource } from './time-zones';

export type TzRuleTarget =
  | { kind: 'file'; pattern: string }
  | { kind: 'system'; system: SystemName }
  | { kind: 'default' };

export interface TzRule {
  target: TzRuleTarget;
  /** The zone as written; resolveTzRules replaces it with its IANA name. */
  zone: string;
  /** The rule as written after `--tz`, for messages and the import manifest. */
  text: string;
}

export interface TzRuleMatch {
  zone: string;
  /** The rule as written after `--tz`, e.g. `erp=America/Chicago`. */
  rule: string;
  matchedBy: TzRuleTarget['kind'];
}

const USAGE = 'write SYSTEM=ZONE, FILE=ZONE or ZONE, e.g. erp=America/Chicago';

// A bare value shaped like a file name is a rule whose zone was forgotten, not a zone.
const FILE_LIKE = /[*?]|\.(csv|tsv|txt|json|jsonl|ndjson|log|gz|parquet|xlsx?)$/i;

/**
 * Parses `--tz` values, each one of:
 * - `ZONE`: every source (the default);
 * - `SYSTEM=ZONE` for a system of shared/model/mapping.ts (`erp`, `wms`, `storefront`, `middleware`; any case);
 * - `FILE=ZONE` for a file name or a glob (`wms-export.csv`, `netsuite/*.csv`; `**` crosses folders); start it
 *   with `./` for a file named like a system.
 * The zone is whatever follows the last `=`, since zone names never contain one. Throws one EngineError
 * listing every malformed rule, and rules that give the same target two different zones.
 */
export function parseTzRules(texts: readonly string[]): TzRule[] {
  const rules: TzRule[] = [];
  const problems: string[] = [];
  for (const text of texts) {
    const parsed = parseTzRule(text);
    if (typeof parsed === 'string') {
      problems.push(parsed);
      continue;
    }
    const same = rules.find((rule) => targetKey(rule.target) === targetKey(parsed.target));
    if (same === undefined) rules.push(parsed);
    else if (same.zone.toLowerCase() !== parsed.zone.toLowerCase()) {
      problems.push(`--tz ${same.text} and --tz ${parsed.text} give ${describeTarget(parsed.target)} two zones`);
    }
  }
  if (problems.length > 0) throw new EngineError('bad_request', problems.join('; '));
  return rules;
}

/** The same rules with each zone replaced by its IANA name; throws one EngineError naming every unknown zone. */
export async function resolveTzRules(rules: readonly TzRule[], source: ZoneQuerySource): Promise<TzRule[]> {
  const resolved: TzRule[] = [];
  const problems: string[] = [];
  for (const rule of rules) {
    const zone = await resolveZone(rule.zone, source);
    if (zone.ok) resolved.push({ ...rule, zone: zone.iana });
    else problems.push(`--tz ${rule.text}: ${zone.error}`);
  }
  if (problems.length > 0) throw new EngineError('bad_request', problems.join('; '));
  return resolved;
}

/**
 * The rule that sets the zone of a file's naive times: a file rule beats a system rule, which beats the
 * default. Among file rules matching the same file, an exact name beats a glob, then the pattern with more
 * literal characters (the more specific one) wins, then the later rule. Null when no rule applies.
 */
export function zoneRuleFor(
  rules: readonly TzRule[],
  file: { system?: SystemName | null; relativePath: string },
): TzRuleMatch | null {
  const path = normalisePath(file.relativePath);
  const fileRules = rules
    .map((rule, order) => ({ rule, order }))
    .filter(({ rule }) => rule.target.kind === 'file' && globMatches(rule.target.pattern, path))
    .sort((a, b) => specificity(b.rule) - specificity(a.rule) || b.order - a.order);
  const chosen =
    fileRules[0]?.rule ??
    rules.find((rule) => rule.target.kind === 'system' && rule.target.system === file.system) ??
    rules.find((rule) => rule.target.kind === 'default');
  return chosen === undefined ? null : { zone: chosen.zone, rule: chosen.text, matchedBy: chosen.target.kind };
}

function parseTzRule(raw: string): TzRule | string {
  const text = raw.trim();
  if (text === '') return `--tz needs a value (${USAGE})`;
  const equals = text.lastIndexOf('=');
  if (equals === -1) {
    const system = text.toLowerCase();
    if (isSystem(system)) return `--tz ${text}: the system ${system} needs a zone, e.g. --tz ${system}=America/Chicago`;
    if (FILE_LIKE.test(text)) return `--tz ${text}: the file pattern needs a zone, e.g. --tz ${text}=America/Chicago`;
    return { target: { kind: 'default' }, zone: text, text };
  }
  const left = text.slice(0, equals).trim();
  const zone = text.slice(equals + 1).trim();
  if (left === '') return `--tz ${text}: nothing before '=' (${USAGE})`;
  if (zone === '') return `--tz ${text}: no zone after '=' (${USAGE})`;
  if (isSystem(left)) return { target: { kind: 'system', system: left.toLowerCase() as SystemName }, zone, text };
  const pattern = normalisePath(left);
  if (/^([a-z]:)?\//i.test(pattern)) {
    return `--tz ${text}: give the file relative to the folder being imported, not as an absolute path`;
  }
  if (pattern.split('/').includes('..')) return `--tz ${text}: a file pattern cannot leave the imported folder ('..')`;
  if (pattern === '') return `--tz ${text}: nothing before '=' (${USAGE})`;
  return { target: { kind: 'file', pattern }, zone, text };
}

function isSystem(name: string): boolean {
  return (SYSTEMS as readonly string[]).includes(name.toLowerCase());
}

function targetKey(target: TzRuleTarget): string {
  if (target.kind === 'file') return `file:${target.pattern.toLowerCase()}`;
  return target.kind === 'system' ? `system:${target.system}` : 'default';
}

function describeTarget(target: TzRuleTarget): string {
  if (target.kind === 'file') return `the files ${target.pattern}`;
  return target.kind === 'system' ? `the system ${target.system}` : 'every source';
}

/** Forward slashes, no leading `./`: exports from Windows machines arrive with either separator. */
function normalisePath(path: string): string {
  return path.trim().replaceAll('\\', '/').replace(/^(\.\/)+/, '');
}

function specificity(rule: TzRule): number {
  if (rule.target.kind !== 'file') return 0;
  const literal = rule.target.pattern.replace(/[*?]/g, '').length;
  return /[*?]/.test(rule.target.pattern) ? literal : Number.MAX_SAFE_INTEGER;
}

/**
 * `*` and `?` stay within one folder, `**` crosses folders. A pattern without `/` matches the file name in any
 * folder; one with `/` matches the whole relative path. Case is ignored: the same export is saved as
 * `WMS-Export.CSV` on one laptop and `wms-export.csv` on another.
 */
function globMatches(pattern: string, path: string): boolean {
  const subject = pattern.includes('/') ? path : path.slice(path.lastIndexOf('/') + 1);
  return globToRegExp(pattern).test(subject);
}

function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? '';
    if (pattern.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}
