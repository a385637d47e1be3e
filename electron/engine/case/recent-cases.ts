// The recently created or opened case files, kept as a small JSON list in the user's config folder.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { RecentCase } from '../../../shared/model/home';

/** Enough to find last week's cases; older ones are opened through the file dialog. */
export const MAX_RECENT_CASES = 12;
export const RECENT_CASES_FILE = 'recent-cases.json';

interface StoredCase {
  path: string;
  openedAt: string;
}

export interface RecentCases {
  /** Most recent first, each marked as present on disk or missing. */
  list(): Promise<RecentCase[]>;
  /** Puts a case at the top of the list (opened now). */
  remember(path: string, now?: Date): Promise<void>;
  /** Removes a case from the list (the file itself is never touched); returns the list left. */
  forget(path: string): Promise<RecentCase[]>;
}

/** The list kept in `configDir`; with no folder (the CLI, tests) nothing is kept and the list is always empty. */
export function recentCasesIn(configDir: string | null): RecentCases {
  if (configDir === null) {
    return { list: async () => [], remember: async () => undefined, forget: async () => [] };
  }
  const file = join(configDir, RECENT_CASES_FILE);
  const present = (stored: StoredCase[]): RecentCase[] => stored.map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  return {
    list: async () => present(await readStored(file)),
    remember: async (path, now = new Date()) => {
      const absolute = resolve(path);
      const others = (await readStored(file)).filter((entry) => entry.path !== absolute);
      await writeStored(file, [{ path: absolute, openedAt: now.toISOString() }, ...others].slice(0, MAX_RECENT_CASES));
    },
    forget: async (path) => {
      const stored = await readStored(file);
      const kept = stored.filter((entry) => entry.path !== path);
      if (kept.length !== stored.length) await writeStored(file, kept);
      return present(kept);
    },
  };
}

/** A missing, unreadable or hand-mangled list reads as empty or keeps its well-formed entries: it is a convenience. */
async function readStored(file: string): Promise<StoredCase[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return [];
  }
  const cases = (parsed as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(cases)) return [];
  return cases.filter(
    (entry): entry is StoredCase =>
      typeof entry === 'object' && entry !== null && typeof entry.path === 'string' && typeof entry.openedAt === 'string',
  );
}

/** Written to a temporary file and renamed over the list, so a crash mid-write never leaves half a file. */
async function writeStored(file: string, cases: StoredCase[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, cases }, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
}
