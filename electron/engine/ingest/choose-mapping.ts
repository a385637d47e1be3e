// Decides which mapping reads a staged file: the user's mapping file, a preset the user chose, or the best preset match.
import type { Mapping } from '../../../shared/model/mapping';
import { EngineError } from '../engine-error';
import { detectPresets, explainNoMatch } from './detect-preset';
import { sameRecords } from './nested-records';
import { PRESETS } from './presets';
import type { StagedFile } from './stage-file';

export interface MappingChoice {
  /** Null when nothing recognises the file. */
  mapping: Mapping | null;
  /** Why this mapping was chosen, or why none was, in words a consultant can check. */
  reason: string;
}

export function chooseMapping(staged: StagedFile, userMapping: Mapping | null, presetOverride: string | null): MappingChoice {
  if (userMapping !== null) return { mapping: userMapping, reason: `mapping file "${userMapping.name}"` };
  if (presetOverride !== null) {
    const preset = PRESETS.find((candidate) => candidate.id === presetOverride);
    if (preset === undefined) {
      throw new EngineError('bad_request', `No preset "${presetOverride}"; known presets: ${PRESETS.map((p) => p.id).join(', ')}`);
    }
    return { mapping: preset, reason: 'chosen by the user' };
  }
  const format = staged.layout === 'json' ? 'json' : staged.logRecords ? 'log' : 'delimited';
  // Staging exploded nested lists only because a preset with that records rule recognised them; the presets that
  // read the file's own records would read these as if they were the file's.
  const nested = staged.nested;
  const presets = nested === null ? PRESETS.filter((preset) => preset.records === undefined) : PRESETS.filter((preset) => sameRecords(preset.records, nested.rule));
  const [best] = detectPresets({ format, columns: staged.columns }, presets);
  if (best === undefined) {
    return { mapping: null, reason: `not recognised: ${explainNoMatch({ format, columns: staged.columns })}` };
  }
  const records = nested === null ? [] : [`records nested in lists: ${nested.described.join(', or ')}`];
  return { mapping: best.preset, reason: [...records, ...best.reasons].join('; ') };
}
