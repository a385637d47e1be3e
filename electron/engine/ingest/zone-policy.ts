// Which time zone reads a source's naive times: the user's --tz rules, else the mapping's own zone, else none.
import type { Mapping } from '../../../shared/model/mapping';
import type { Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import { resolveZone } from './time-zones';
import { parseTzRules, resolveTzRules, zoneRuleFor } from './tz-rules';

/** The manifest's tz_rule for a source whose naive times were read as UTC because nothing gave a zone. */
export const NAIVE_AS_UTC_RULE = 'none given: naive times read as UTC';

export interface ZoneDecision {
  /** IANA zone for naive times, or null when nothing says. */
  iana: string | null;
  /** The rule that decided it, in words for the manifest. */
  rule: string | null;
}

export interface ZonePolicy {
  zoneFor(mapping: Mapping, relativePath: string): Promise<ZoneDecision>;
}

export async function createZonePolicy(session: Session, ruleTexts: string[]): Promise<ZonePolicy> {
  // Every rule is checked before any file loads: a mistyped zone stops the import at once, not file by file.
  const rules = await resolveTzRules(parseTzRules(ruleTexts), session);
  const resolve = async (name: string, origin: string): Promise<string> => {
    const resolved = await resolveZone(name, session);
    if (!resolved.ok) throw new EngineError('bad_request', `${origin}: ${resolved.error}`);
    return resolved.iana;
  };
  return {
    // The user's rule for this very run beats the zone a mapping file was written with.
    zoneFor: async (mapping, relativePath) => {
      const matched = zoneRuleFor(rules, { system: mapping.system, relativePath });
      if (matched !== null) return { iana: matched.zone, rule: `--tz ${matched.rule}` };
      if (mapping.timeZone !== undefined) {
        const iana = await resolve(mapping.timeZone, `mapping "${mapping.name}"`);
        return { iana, rule: `mapping: ${iana}` };
      }
      return { iana: null, rule: null };
    },
  };
}
