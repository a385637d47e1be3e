// The built-in presets as the import wizard offers them for choosing one by hand.
import type { PresetSummary } from '../../../shared/model/mapping';
import { PRESETS } from './presets';

export function listPresets(): PresetSummary[] {
  return PRESETS.map(({ id, name, system, kind, description }) => ({ id, name, system, kind, description }));
}
