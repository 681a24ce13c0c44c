-- Measures read from tables (Word 整改任务清单, Excel 台账) carry their 配合单位, the document's own
-- progress note (整改进展/完成情况) and whether it reports the measure done (docs/decisions/0045).
alter table imported_measure
    add column co_responsible_units text[] not null default '{}',
    add column progress             text,
    add column status_hint          text check (status_hint in ('REPORTED_DONE'));
