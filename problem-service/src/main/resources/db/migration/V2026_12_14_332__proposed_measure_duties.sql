-- A self-examination's proposed measure keeps the duties its 整改措施 section gives it
-- (责任单位/责任人/完成时限 lines, docs/decisions/0332); null where the section gives none.
alter table proposed_measure
    add column responsible_units    text[],
    add column co_responsible_units text[],
    add column leader_in_charge     text,
    add column responsible_person   text,
    add column timing               text,
    add column deadline             date;
