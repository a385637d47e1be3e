// Which case file the command line asks for: `--case <file>`, `--case=<file>`, or a bare .driftcase path (file association).
import { resolve } from 'node:path';

const CASE_EXTENSION = '.driftcase';

/**
 * Scans every argument rather than fixed positions: Electron's argv starts with the app path in development but not
 * when packaged, and Chromium may move switches ahead of positional arguments.
 */
export function caseFileFromArgs(args: readonly string[], cwd: string): string | null {
  const flagIndex = args.indexOf('--case');
  const flagValue = flagIndex >= 0 ? args[flagIndex + 1] : undefined;
  if (flagValue !== undefined && !flagValue.startsWith('--')) return resolve(cwd, flagValue);
  const inline = args.find((arg) => arg.startsWith('--case='));
  if (inline !== undefined && inline.length > '--case='.length) return resolve(cwd, inline.slice('--case='.length));
  const positional = args.find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(CASE_EXTENSION));
  return positional === undefined ? null : resolve(cwd, positional);
}
