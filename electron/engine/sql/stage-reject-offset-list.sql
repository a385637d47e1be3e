-- Purpose: the refused-line offsets of the file being staged (stage-reject-offsets.sql), latest first, for a
--          file with few of them: line numbers are then computed without a join that would lose file order.
-- Params: none.
-- Returns: rows (from_record, rejected_before), from_record descending.
SELECT from_record, rejected_before FROM temp.reject_offsets ORDER BY from_record DESC;
