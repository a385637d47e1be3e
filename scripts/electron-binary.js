// Where the Electron executable is, found the way node_modules/electron/index.js finds it but without requiring it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The executable's path, or null when it is not installed. Requiring the electron module instead would start a
 * download when the binary is missing, which fails slowly offline and ends in a stack trace.
 * @returns {string | null}
 */
export function electronExecutable() {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(electronDir, 'path.txt');
  const executableName = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (overrideDir) {
    const overridden = join(overrideDir, executableName || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (executableName === '') return null;
  const executable = join(electronDir, 'dist', executableName);
  return existsSync(executable) ? executable : null;
}
