-- Purpose: the evidence behind each verdict: the detector rows of its cluster, with the file they came from, the
--          rows that account for units first, then the supporting ones, both in time order.
-- Params: none (reads analysis_verdicts, analysis_hits and sources).
-- Returns: nothing; (re)creates analysis_evidence(sku, loc_key, cluster, rank, evidence_table, source_file,
--          source_id, line_number, ts, reference, effect, summary).
CREATE OR REPLACE TABLE analysis_evidence AS
SELECT v.sku, v.loc_key, v.cluster,
       row_number() OVER (PARTITION BY v.sku, v.loc_key, v.cluster ORDER BY h.effect IS NULL, h.ts, h.line_number) AS rank,
       h.evidence_table,
       coalesce(s.relative_path, s.file_name) AS source_file,
       h.source_id, h.line_number, h.ts, h.reference, h.effect, h.summary
FROM analysis_verdicts v
JOIN analysis_hits h ON h.cluster = v.cluster AND h.sku_key = v.sku AND h.loc_key = v.loc_key
LEFT JOIN sources s ON s.source_id = h.source_id;
