// Guards the rule that nothing is ever written into the client's folders: an output may not lie inside an input.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { EngineError } from '../engine-error';

/** The real path of a file that may not exist yet: its nearest existing folder resolved, the rest appended. */
function realTarget(path: string): string {
  const absolute = resolve(path);
  let folder = absolute;
  while (true) {
    try {
      return resolve(realpathSync(folder), relative(folder, absolute));
    } catch {
      const parent = dirname(folder);
      if (parent === folder) return absolute;
      folder = parent;
    }
  }
}

/** Throws when `output` (a file Driftscope would write) is one of `inputs` or lies inside one of them. */
export function assertOutsideInputs(output: string, inputs: readonly string[], what: string): void {
  const target = realTarget(output);
  for (const input of inputs) {
    const source = realTarget(input);
    const inside = relative(source, target);
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw new EngineError(
        'bad_request',
        `The ${what} ${output} would be written inside ${input}, one of the client's folders being read; ` +
          'Driftscope never writes there: choose a path outside it',
      );
    }
  }
}
