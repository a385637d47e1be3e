// Throw-away folders for tests, removed after each test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A new empty folder under the OS temp folder, deleted when the test file finishes. */
export function tempFolder(prefix = 'driftscope-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
