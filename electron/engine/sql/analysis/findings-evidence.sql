-- Purpose: the first $per_verdict evidence rows of every verdict, or of one SKU x location's verdicts.
-- Params: $per_verdict: how many rows per verdict; $sku and $loc_key: the one SKU x location, or both NULL for all.
-- Returns: rows keyed by sku, loc_key, cluster, in rank order, each naming its case row (source_id, line_number).
SELECT sku, loc_key, cluster, evidence_table, source_file, source_id, line_number, ds_iso(ts) AS ts, summary
FROM analysis_evidence
WHERE rank <= $per_verdict
  AND ($sku::VARCHAR IS NULL OR (sku = $sku::VARCHAR AND loc_key = $loc_key::VARCHAR))
ORDER BY sku, loc_key, cluster, rank;
