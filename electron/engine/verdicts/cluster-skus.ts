// One page of a cluster's SKU x locations, filtered and sorted in DuckDB: a cluster of 50,000 SKUs is paged, not sent.
import type { Cluster } from '../../../shared/model/findings';
import type { ClusterSku, ClusterSkusPage, ClusterSkusRequest } from '../../../shared/model/verdicts';
import type { Session } from '../db/case-database';
import { firstCheckFor } from '../analysis/detectors';
import { numberOrNull } from '../analysis/findings';
import clusterSkusCountSql from '../sql/verdicts/cluster-skus-count.sql?raw';
import clusterSkusSql from '../sql/verdicts/cluster-skus.sql?raw';
import { requireFindings } from './analysed-case';

export async function getClusterSkus(session: Session, request: ClusterSkusRequest): Promise<ClusterSkusPage> {
  await requireFindings(session);
  const params = { cluster: request.cluster, filter: request.filter.trim() };
  const rows = await session.query(clusterSkusSql, {
    ...params,
    sort_by: request.sort,
    descending: request.descending,
    page_limit: request.limit,
    page_offset: request.offset,
  });
  const [count] = await session.query<{ total: number }>(clusterSkusCountSql, params);
  return {
    cluster: request.cluster,
    first_check: firstCheckFor(request.cluster),
    total: Number(count?.total ?? 0),
    offset: request.offset,
    rows: rows.map(
      (row): ClusterSku => ({
        sku: String(row.sku),
        location: (row.location as string | null) ?? null,
        units: Number(row.units),
        confidence: Number(row.confidence),
        drift: { erp: numberOrNull(row.erp), wms: numberOrNull(row.wms), storefront: numberOrNull(row.storefront) },
        bucket: String(row.bucket),
        drift_units: Number(row.drift_units),
        also: JSON.parse(String(row.also)) as Cluster[],
      }),
    ),
  };
}
