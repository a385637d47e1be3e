-- Purpose: the client folders (and single files' folders) the case was imported from, which no output may be written into.
-- Params: none.
-- Returns: rows (folder), one per distinct folder; a file's path minus its path relative to the imported folder.
SELECT DISTINCT
    CASE
        WHEN relative_path IS NOT NULL AND length(path) > length(relative_path)
            THEN left(path, length(path) - length(relative_path) - 1)
        ELSE path
    END AS folder
FROM sources
ORDER BY folder;
