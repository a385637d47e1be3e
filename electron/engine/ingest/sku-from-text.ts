// Gives events whose export named no SKU the one SKU their message or payload names, from the SKUs the case's files write.
import type { Session } from '../db/case-database';
import skuFromTextTextsSql from '../sql/sku-from-text-texts.sql?raw';
import skuFromTextCountSql from '../sql/sku-from-text-count.sql?raw';
import skuFromTextMatchesCreateSql from '../sql/sku-from-text-matches-create.sql?raw';
import skuFromTextMatchesSql from '../sql/sku-from-text-matches.sql?raw';
import skuFromTextApplySql from '../sql/sku-from-text-apply.sql?raw';
import skuFromTextWarningsSql from '../sql/sku-from-text-warnings.sql?raw';
import skuFromTextCleanupSql from '../sql/sku-from-text-cleanup.sql?raw';

/**
 * Distinct texts read at once: a million fit the default 1 GB memory limit with room to spare; ten million distinct
 * texts read in one statement spilled gigabytes and ran for many minutes.
 */
const TEXTS_PER_CHUNK = 1_000_000;

/** A source whose manifest warnings this step changed, with the warnings it now has. */
export interface SkuTextWarnings {
  sha256: string;
  warnings: string[];
}

/**
 * Runs over the whole case after each import, once the crosswalk is inferred (its nodes are the SKUs known, its
 * identities what events are given), since a later file may bring the SKU (or a second SKU) an earlier file's
 * messages name: the result does not depend on the order files were imported in. The SKUs and the warnings that
 * count them land in one transaction.
 */
export async function fillSkusFromText(session: Session, textsPerChunk = TEXTS_PER_CHUNK): Promise<SkuTextWarnings[]> {
  try {
    // The working tables are the connection's own, built outside the transaction: inside it DuckDB holds a temp
    // table's rows in memory, which ten million distinct texts exceed.
    await session.run(skuFromTextTextsSql);
    const [count] = await session.query<{ texts: string }>(skuFromTextCountSql);
    const chunks = Math.max(1, Math.ceil(Number(count?.texts ?? 0) / textsPerChunk));
    await session.run(skuFromTextMatchesCreateSql);
    for (let chunk = 0; chunk < chunks; chunk += 1) await session.run(skuFromTextMatchesSql, { chunks, chunk });
    const changed = await session.transaction(async () => {
      for (let chunk = 0; chunk < chunks; chunk += 1) await session.run(skuFromTextApplySql, { chunks, chunk });
      return session.query<{ sha256: string; warnings: string | null }>(skuFromTextWarningsSql);
    });
    return changed.map((row) => ({
      sha256: row.sha256,
      warnings: (row.warnings ?? '').split('; ').filter((warning) => warning !== ''),
    }));
  } finally {
    await session.run(skuFromTextCleanupSql);
  }
}
