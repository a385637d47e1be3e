// Writes a mapping edited in the import wizard as a mapping file, checked first and never inside the client's folders.
import { stat, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { SaveMappingRequest } from '../../../shared/model/import';
import { EngineError } from '../engine-error';
import { assertOutsideInputs } from '../files/outside-inputs';
import { parseMapping } from './mapping-file';

/**
 * `caseInputs` are the folders the open case was imported from. A file given as an input stands for its folder,
 * as it does in the case's manifest: the consultant's export folder is off limits, not just the file.
 */
export async function saveMapping(request: SaveMappingRequest, caseInputs: readonly string[]): Promise<{ path: string }> {
  const target = resolve(request.path);
  if (!/\.json$/i.test(target)) {
    throw new EngineError('bad_request', `Save the mapping as a .json file (${target} is not one), so --mapping and the wizard can read it`);
  }
  // A mapping that would not load is refused now rather than when it is next used.
  parseMapping(request.mapping, 'the mapping to save');
  const inputs = [...caseInputs, ...(await Promise.all(request.inputs.map(folderOfInput)))];
  assertOutsideInputs(target, inputs, 'mapping file');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(request.mapping, null, 2)}\n`, 'utf8');
  return { path: target };
}

async function folderOfInput(input: string): Promise<string> {
  const info = await stat(input).catch(() => null);
  return info !== null && info.isFile() ? dirname(resolve(input)) : resolve(input);
}
