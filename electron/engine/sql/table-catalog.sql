-- Purpose: list the case's user-visible tables with their columns in declaration order.
-- Params: none.
-- Returns: rows (table_name, column_name, data_type, ordinal_position); data tables first, then the analysis
--          results, then the consultant's annotations and starred SKUs, then the manifest (sources) and rejects.
--          Views (analysis reads the canonical tables through them) and bookkeeping tables (case_meta, the saved
--          findings, the detectors' working tables, the grid's saved columns) are left out.
SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position
FROM information_schema.columns c
JOIN information_schema.tables t
    ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = 'main'
  AND c.table_catalog = current_database()
  AND t.table_type = 'BASE TABLE'
  AND c.table_name NOT IN ('case_meta', 'analysis_findings', 'analysis_hits', 'analysis_run', 'grid_prefs')
  -- What the last crosswalk inference found: the crosswalk table shows it, with the consultant's mappings laid over.
  AND c.table_name NOT IN ('crosswalk_nodes', 'crosswalk_inferred')
ORDER BY c.table_name IN ('sources', 'rejects'), c.table_name IN ('annotations', 'starred_skus'), c.table_name LIKE 'analysis\_%' ESCAPE '\', c.table_name, c.ordinal_position;
