// Chain of custody: re-hashes the originals listed in the manifest and says which changed or went missing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CustodyCheck, CustodyReport } from '../../../shared/model/custody';
import type { Session } from '../db/case-database';
import sourcesForVerifySql from '../sql/sources-for-verify.sql?raw';
import { hashFile } from './hash-file';

/** With a root, originals are looked for under it by their relative path (the folder moved); else at their path. */
export async function verifySources(session: Session, root: string | null): Promise<CustodyReport> {
  const sources = await session.query<{ source_id: number; path: string; relative_path: string | null; sha256: string }>(
    sourcesForVerifySql,
  );
  const checks: CustodyCheck[] = [];
  for (const source of sources) {
    const path = root === null ? source.path : join(resolve(root), source.relative_path ?? source.path);
    const check: CustodyCheck = { sourceId: source.source_id, path, status: 'missing', expectedSha256: source.sha256, actualSha256: null };
    if (existsSync(path)) {
      check.actualSha256 = await hashFile(path, () => undefined);
      check.status = check.actualSha256 === source.sha256 ? 'unchanged' : 'changed';
    }
    checks.push(check);
  }
  const count = (status: CustodyCheck['status']) => checks.filter((check) => check.status === status).length;
  return { checks, unchanged: count('unchanged'), changed: count('changed'), missing: count('missing') };
}
