-- The latest progress report's date and note, as the ticket view of rectification-service carries
-- them (lastProgressOn, lastProgressNote): the closed-loop report quotes them.
alter table report_ticket add column last_progress_on date;
alter table report_ticket add column last_progress_note text;
