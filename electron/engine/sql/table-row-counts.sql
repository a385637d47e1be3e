-- Purpose: exact row count of every user table (DuckDB keeps these, so this is cheap).
-- Params: none.
-- Returns: rows (table_name, row_count).
SELECT table_name,
       CASE table_name
           -- The consultant's small tables see updates and deletes, which estimated_size does not follow.
           WHEN 'annotations' THEN (SELECT count(*) FROM annotations)
           WHEN 'starred_skus' THEN (SELECT count(*) FROM starred_skus)
           -- The crosswalk is rewritten after every import and mapping.
           WHEN 'crosswalk' THEN (SELECT count(*) FROM crosswalk)
           WHEN 'crosswalk_edits' THEN (SELECT count(*) FROM crosswalk_edits)
           -- Every import rewrites the warnings of the files before it, updates estimated_size counts as rows.
           WHEN 'sources' THEN (SELECT count(*) FROM sources)
           ELSE estimated_size
       END AS row_count
FROM duckdb_tables()
WHERE schema_name = 'main' AND database_name = current_database() AND NOT temporary;
