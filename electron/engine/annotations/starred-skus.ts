// The SKU x locations the consultant starred in the case file: the report gives each a page of its own.
import type { SetSkuStarredRequest, StarredSku } from '../../../shared/model/annotations';
import type { Session } from '../db/case-database';
import starredListSql from '../sql/annotations/starred-list.sql?raw';
import starredAddSql from '../sql/annotations/starred-add.sql?raw';
import starredRemoveSql from '../sql/annotations/starred-remove.sql?raw';

export async function listStarredSkus(session: Session): Promise<StarredSku[]> {
  const rows = await session.query<{ sku: string; location: string | null; starred_at: string }>(starredListSql);
  return rows.map((row) => ({ sku: row.sku, location: row.location, starred_at: row.starred_at }));
}

/** Stars or unstars a SKU x location and answers the starred list as it now stands. */
export async function setSkuStarred(session: Session, request: SetSkuStarredRequest): Promise<StarredSku[]> {
  await session.run(request.starred ? starredAddSql : starredRemoveSql, { sku: request.sku, location: request.location });
  return listStarredSkus(session);
}
