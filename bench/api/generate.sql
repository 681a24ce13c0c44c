-- Bench data for bench/api-bench.sh, written straight into the three services' databases with
-- generate_series (psql variables: problems, tickets, history, and db — the database this part is
-- for). Ids are deterministic (md5 of a prefix and the row number) so the three databases agree.
\if :{?db}
\else
  \echo 'set -v db=problem|rectification|report'
  \quit
\endif

select :'db' = 'problem' as is_problem, :'db' = 'rectification' as is_rectification,
       :'db' = 'report' as is_report \gset

\if :is_problem
insert into source (id, title, kind, organization, held_on, created_at)
select md5('s' || g)::uuid, '基准来源' || g || '：2024年度民主生活会', 'MEETING', '党委',
       date '2024-01-01' + g, now() - interval '200 days'
from generate_series(1, 50) g;

insert into category (id, source_id, parent_id, name, path, created_at)
select md5('c' || g)::uuid, null, null, c, array[c], now() - interval '200 days'
from unnest(array['基准·理论学习方面','基准·作风建设方面','基准·组织生活方面','基准·纪律方面',
                  '基准·担当作为方面','基准·联系群众方面','基准·廉洁自律方面','基准·制度执行方面'])
     with ordinality as u(c, g);

insert into problem (id, number, source_id, category_id, title, description, status, created_at,
                     closed_at, withdrawn_at, withdraw_reason)
select md5('p' || g)::uuid, 'B-P-' || lpad(g::text, 6, '0'), md5('s' || (1 + g % 50))::uuid,
       md5('c' || (1 + g % 8))::uuid, '基准问题' || g,
       '问题描述' || g || '：学习贯彻不够深入，联系实际不够紧密。',
       case when g % 50 = 0 then 'WITHDRAWN' when g % 10 < 3 then 'CLOSED' else 'RECTIFYING' end,
       now() - ((g % 180) || ' days')::interval,
       case when g % 50 <> 0 and g % 10 < 3 then now() - ((g % 30) || ' days')::interval end,
       case when g % 50 = 0 then now() - interval '10 days' end,
       case when g % 50 = 0 then '合并到其他问题' end
from generate_series(1, :problems) g;

insert into problem_ticket (ticket_id, problem_id, ticket_number, status, position, ticket_version)
select md5('t' || g)::uuid, md5('p' || (1 + g % :problems))::uuid, 'B-T-' || lpad(g::text, 7, '0'),
       (array['ASSIGNED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','VERIFIED','VERIFIED','VERIFIED',
              'CANCELLED'])[1 + g % 8], 0, 0
from generate_series(1, :tickets) g;
\endif

\if :is_rectification
insert into ticket (id, number, measure, responsible_person, leader_in_charge, timing, deadline,
                    effective_deadline, report_every, report_due, status, creation_digest, version,
                    created_at, updated_at, submitted_at, submitted_on, verified_at, cancelled_at,
                    last_progress_at, progress_percent, progress_count, evidence_count,
                    extension_approved)
select md5('t' || g)::uuid, 'B-T-' || lpad(g::text, 7, '0'),
       '整改措施' || g || '：建立健全学习制度，定期开展专题学习。', '责任人' || (g % 300),
       '领导' || (g % 12),
       case when g % 10 = 0 then 'LONG_TERM' when g % 10 < 3 then 'IMMEDIATE' else 'DEADLINE' end,
       case when g % 10 = 0 then null else current_date + (g % 120 - 60) end,
       case when g % 10 = 0 then null when g % 17 = 0 then current_date + (g % 120 - 40)
            else current_date + (g % 120 - 60) end,
       case when g % 7 = 0 then 'MONTH' when g % 11 = 0 then 'WEEK' end,
       case when g % 7 = 0 or g % 11 = 0 then current_date + (g % 20 - 5) end,
       (array['ASSIGNED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','VERIFIED','VERIFIED','VERIFIED',
              'CANCELLED'])[1 + g % 8],
       'bench-' || g, 0, now() - ((g % 200) || ' days')::interval, now(),
       case when g % 8 in (3, 4, 5, 6) then now() - ((g % 50) || ' days')::interval end,
       case when g % 8 in (3, 4, 5, 6) then current_date - (g % 50) end,
       case when g % 8 in (4, 5, 6) then now() - ((g % 40) || ' days')::interval end,
       case when g % 8 = 7 then now() - interval '3 days' end,
       case when g % 3 = 0 then now() - ((g % 90) || ' days')::interval end,
       case when g % 3 = 0 then (g % 11) * 10 end, case when g % 3 = 0 then 1 + g % 5 else 0 end,
       g % 4, g % 17 = 0
from generate_series(1, :tickets) g;

insert into ticket_problem (ticket_id, position, problem_id, source_id)
select md5('t' || g)::uuid, 0, md5('p' || (1 + g % :problems))::uuid,
       md5('s' || (1 + (1 + g % :problems) % 50))::uuid
from generate_series(1, :tickets) g;

insert into ticket_unit (ticket_id, position, name, external_id)
select md5('t' || g)::uuid, 0, '单位' || lpad((g % 20)::text, 2, '0'), 'oa-' || (g % 20)
from generate_series(1, :tickets) g;
insert into ticket_unit (ticket_id, position, name, external_id)
select md5('t' || g)::uuid, 1, '单位' || lpad(((g + 7) % 20)::text, 2, '0'), 'oa-' || ((g + 7) % 20)
from generate_series(10, :tickets, 10) g;

-- :history rows, spread evenly over the tickets (ten per ticket at full scale).
insert into ticket_history (ticket_id, at, actor_id, actor_name, action, from_status, to_status,
                            comment)
select md5('t' || (1 + h % :tickets))::uuid, now() - ((h % 300) || ' hours')::interval,
       'u-' || (h % 500), '用户' || (h % 500),
       (array['create','start','progress','submit','reject','start','progress','submit','verify',
              'reopen'])[1 + (h / :tickets) % 10],
       (array[null,'ASSIGNED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','IN_PROGRESS','IN_PROGRESS',
              'IN_PROGRESS','SUBMITTED','VERIFIED'])[1 + (h / :tickets) % 10],
       (array['ASSIGNED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','IN_PROGRESS','IN_PROGRESS',
              'IN_PROGRESS','SUBMITTED','VERIFIED','IN_PROGRESS'])[1 + (h / :tickets) % 10],
       case when h % 5 = 0 then '基准记录' || h end
from generate_series(0, :history - 1) h;
\endif

\if :is_report
insert into report_source (id, title, kind, organization, held_on, created_at)
select md5('s' || g)::uuid::text, '基准来源' || g || '：2024年度民主生活会', 'MEETING', '党委',
       date '2024-01-01' + g, now() - interval '200 days'
from generate_series(1, 50) g;

insert into report_problem (id, number, source_id, category_path, category, title, description,
                            status, created_at, closed_at, withdrawn_at)
select md5('p' || g)::uuid::text, 'B-P-' || lpad(g::text, 6, '0'),
       md5('s' || (1 + g % 50))::uuid::text, array[c.name], c.name, '基准问题' || g,
       '问题描述' || g || '：学习贯彻不够深入，联系实际不够紧密。',
       case when g % 50 = 0 then 'WITHDRAWN' when g % 10 < 3 then 'CLOSED' else 'RECTIFYING' end,
       now() - ((g % 180) || ' days')::interval,
       case when g % 50 <> 0 and g % 10 < 3 then now() - ((g % 30) || ' days')::interval end,
       case when g % 50 = 0 then now() - interval '10 days' end
from generate_series(1, :problems) g
join (select n, name from unnest(array['基准·理论学习方面','基准·作风建设方面','基准·组织生活方面',
        '基准·纪律方面','基准·担当作为方面','基准·联系群众方面','基准·廉洁自律方面',
        '基准·制度执行方面']) with ordinality as u(name, n)) c on c.n = 1 + g % 8;

insert into report_ticket (id, number, source_ids, measure, responsible_person, leader_in_charge,
                           timing, deadline, effective_deadline, report_every, status, created_at,
                           updated_at, submitted_at, verified_at, cancelled_at, last_progress_at,
                           progress_percent, evidence_count, extension_approved)
select md5('t' || g)::uuid::text, 'B-T-' || lpad(g::text, 7, '0'),
       array[md5('s' || (1 + (1 + g % :problems) % 50))::uuid::text],
       '整改措施' || g || '：建立健全学习制度，定期开展专题学习。', '责任人' || (g % 300),
       '领导' || (g % 12),
       case when g % 10 = 0 then 'LONG_TERM' when g % 10 < 3 then 'IMMEDIATE' else 'DEADLINE' end,
       case when g % 10 = 0 then null else current_date + (g % 120 - 60) end,
       case when g % 10 = 0 then null when g % 17 = 0 then current_date + (g % 120 - 40)
            else current_date + (g % 120 - 60) end,
       case when g % 7 = 0 then 'MONTH' when g % 11 = 0 then 'WEEK' end,
       (array['ASSIGNED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','VERIFIED','VERIFIED','VERIFIED',
              'CANCELLED'])[1 + g % 8],
       now() - ((g % 200) || ' days')::interval, now(),
       case when g % 8 in (3, 4, 5, 6) then now() - ((g % 50) || ' days')::interval end,
       case when g % 8 in (4, 5, 6) then now() - ((g % 40) || ' days')::interval end,
       case when g % 8 = 7 then now() - interval '3 days' end,
       case when g % 3 = 0 then now() - ((g % 90) || ' days')::interval end,
       case when g % 3 = 0 then (g % 11) * 10 end, g % 4, g % 17 = 0
from generate_series(1, :tickets) g;

-- unit_key: the name's key (UnitKeys.of), which for these names is the name itself
insert into report_ticket_unit (ticket_id, name, external_id, unit_key)
select md5('t' || g)::uuid::text, '单位' || lpad((g % 20)::text, 2, '0'), 'oa-' || (g % 20),
       '单位' || lpad((g % 20)::text, 2, '0')
from generate_series(1, :tickets) g;
insert into report_ticket_unit (ticket_id, name, external_id, unit_key)
select md5('t' || g)::uuid::text, '单位' || lpad(((g + 7) % 20)::text, 2, '0'), 'oa-' || ((g + 7) % 20),
       '单位' || lpad(((g + 7) % 20)::text, 2, '0')
from generate_series(10, :tickets, 10) g;

insert into report_ticket_problem (ticket_id, problem_id)
select md5('t' || g)::uuid::text, md5('p' || (1 + g % :problems))::uuid::text
from generate_series(1, :tickets) g;
\endif

analyze;
