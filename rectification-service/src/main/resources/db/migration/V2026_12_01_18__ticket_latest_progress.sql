-- The latest progress report (by the date it states, then by recording order) travels in the
-- ticket view, so the report service's closed-loop report can quote it from the change feed.
alter table ticket add column last_progress_on date;
alter table ticket add column last_progress_note text;

update ticket t
   set last_progress_on = p.reported_on, last_progress_note = p.note
  from (select distinct on (ticket_id) ticket_id, reported_on, note
          from progress_report
         order by ticket_id, reported_on desc, seq desc) p
 where p.ticket_id = t.id;
