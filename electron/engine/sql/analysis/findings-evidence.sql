-- Purpose: the first $per_verdict evidence rows of every verdict.
-- Params: $per_verdict: how many rows per verdict.
-- Returns: rows keyed by sku, loc_key, cluster, in rank order.
SELECT sku, loc_key, cluster, evidence_table, source_file, line_number, ds_iso(ts) AS ts, summary
FROM analysis_evidence
WHERE rank <= $per_verdict
ORDER BY sku, loc_key, cluster, rank;
