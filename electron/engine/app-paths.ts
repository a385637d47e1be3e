// Where the app's own files live (package root, bundled resources, built renderer) and its version.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Driftscope's package.json, found upward from this module (source or bundle). */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'resources'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Cannot find the Driftscope package folder');
    folder = parent;
  }
}

export function resourcesDir(): string {
  return join(packageRoot(), 'resources');
}

export function rendererDir(): string {
  return join(packageRoot(), 'out', 'renderer');
}

export function appVersion(): string {
  const text = readFileSync(join(packageRoot(), 'package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
