-- When the document's progress note (整改进展/完成情况) of a measure was recorded as its ticket's
-- first progress report; null while it is not (no note, no ticket yet, or the call failed and a
-- retry of POST …/imports/{id}/tickets sends it again). docs/decisions/0086.
alter table imported_measure
    add column progress_reported_at timestamptz;
