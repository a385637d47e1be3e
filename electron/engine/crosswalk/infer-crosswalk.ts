// Infers the location and SKU crosswalk from the case's rows, overlays the consultant's mappings and writes it.
import type { CaseDatabase, Session } from '../db/case-database';
import caseMetaWriteSql from '../sql/case-meta-write.sql?raw';
import crosswalkClearSql from '../sql/crosswalk/crosswalk-clear.sql?raw';
import crosswalkInferredSaveSql from '../sql/crosswalk/crosswalk-inferred-save.sql?raw';
import crosswalkMacrosSql from '../sql/crosswalk/crosswalk-macros.sql?raw';
import crosswalkNodesSaveSql from '../sql/crosswalk/crosswalk-nodes-save.sql?raw';
import crosswalkSchemaSql from '../sql/crosswalk/crosswalk-schema.sql?raw';
import crosswalkStateSql from '../sql/crosswalk/crosswalk-state.sql?raw';
import crosswalkWriteSql from '../sql/crosswalk/crosswalk-write.sql?raw';
import cwCleanupSql from '../sql/crosswalk/cw-cleanup.sql?raw';
import cwInferredSql from '../sql/crosswalk/cw-inferred.sql?raw';
import cwLocationIdLinksSql from '../sql/crosswalk/cw-location-id-links.sql?raw';
import cwLocationIdentitySql from '../sql/crosswalk/cw-location-identity.sql?raw';
import cwLocationLinksSql from '../sql/crosswalk/cw-location-links.sql?raw';
import cwLocationParentLinksSql from '../sql/crosswalk/cw-location-parent-links.sql?raw';
import cwNodesSql from '../sql/crosswalk/cw-nodes.sql?raw';
import cwSkuAffixLinksSql from '../sql/crosswalk/cw-sku-affix-links.sql?raw';
import cwSkuFormsSql from '../sql/crosswalk/cw-sku-forms.sql?raw';
import cwSkuHierarchyLinksSql from '../sql/crosswalk/cw-sku-hierarchy-links.sql?raw';
import cwSkuIdLinksSql from '../sql/crosswalk/cw-sku-id-links.sql?raw';
import cwSkuIdentitySql from '../sql/crosswalk/cw-sku-identity.sql?raw';
import cwSkuLevelLinksSql from '../sql/crosswalk/cw-sku-level-links.sql?raw';
import cwSkuSameLinksSql from '../sql/crosswalk/cw-sku-same-links.sql?raw';
import { loadIdPairs } from './id-tables';

const INFERRED_AT_KEY = 'crosswalk_inferred_at';

/**
 * The steps in order, after the id tables' pairs are read: SKUs first, since snapshots are compared SKU by SKU when
 * locations are matched by their figures; ids only once every other link is made (an id is a spelling nothing else
 * matched), and same spellings last, so no link splits one; each step is one statement over the temp tables the
 * earlier ones made (see each file's header).
 */
const INFERENCE_STEPS = [
  cwNodesSql,
  cwSkuFormsSql,
  cwSkuLevelLinksSql,
  cwSkuAffixLinksSql,
  cwSkuHierarchyLinksSql,
  cwSkuIdLinksSql,
  cwSkuSameLinksSql,
  cwSkuIdentitySql,
  cwLocationLinksSql,
  cwLocationParentLinksSql,
  cwLocationIdLinksSql,
  cwLocationIdentitySql,
  cwInferredSql,
];

/** The crosswalk tables and macros every session then finds; idempotent, run whenever a case opens. */
export async function installCrosswalkSchema(db: CaseDatabase): Promise<void> {
  await db.run(crosswalkSchemaSql);
  await db.run(crosswalkMacrosSql);
}

/**
 * Re-infers the whole crosswalk from the case's rows in one transaction on the session given: readers see the old
 * crosswalk until the new one, with the consultant's mappings laid over it, is complete.
 */
export async function inferCrosswalk(session: Session): Promise<void> {
  try {
    await session.transaction(async () => {
      await loadIdPairs(session);
      for (const step of INFERENCE_STEPS) await session.run(step);
      await session.run(crosswalkNodesSaveSql);
      await session.run(crosswalkInferredSaveSql);
      await writeCrosswalk(session);
      await session.run(caseMetaWriteSql, { key: INFERRED_AT_KEY, value: new Date().toISOString() });
    });
  } finally {
    await session.run(cwCleanupSql);
  }
}

/** Re-infers the crosswalk on a connection of its own, after an import. */
export function reinferCrosswalk(db: CaseDatabase): Promise<void> {
  return db.withSession((session) => db.oneAtATime(() => inferCrosswalk(session)));
}

/**
 * Changes the consultant's mappings and lays them over the last inference, in one transaction: a mapping lands
 * only with the crosswalk it gives. No inference runs, so this stays quick however large the case.
 */
export function changeCrosswalkEdits(db: CaseDatabase, change: (session: Session) => Promise<void>): Promise<void> {
  return db.withSession((session) =>
    db.oneAtATime(async () => {
      await ensureCrosswalk(session);
      await session.transaction(async () => {
        await change(session);
        await writeCrosswalk(session);
      });
    }),
  );
}

async function writeCrosswalk(session: Session): Promise<void> {
  await session.run(crosswalkClearSql);
  await session.run(crosswalkWriteSql);
}

/**
 * Readies a session that reads the crosswalk (its tables and macros, as analysis recreates its own), and infers the
 * crosswalk of a case that never had one (imported before the crosswalk existed, or built by hand).
 */
export async function ensureCrosswalk(session: Session): Promise<void> {
  await session.run(crosswalkSchemaSql);
  await session.run(crosswalkMacrosSql);
  const [state] = await session.query<{ inferred_at: string }>(crosswalkStateSql);
  if (state === undefined) await inferCrosswalk(session);
}
