-- The dates rectification-service's ticket view publishes (decision 0194): the figures compare
-- them with today instead of computing them again. Rows projected before the view published them
-- get them here once, from the same instants, in the organisation's zone.
alter table report_ticket add column submitted_on date;
alter table report_ticket add column report_due date;
alter table report_ticket add column stagnant_from date;

update report_ticket set submitted_on = (submitted_at at time zone '${organisation_zone}')::date
where submitted_at is not null;

update report_ticket set
    report_due = (
        (greatest(created_at, coalesce(last_progress_at, created_at))
            at time zone '${organisation_zone}')::date
        + case report_every
            when 'WEEK' then interval '7 days'
            when 'MONTH' then interval '1 month'
            when 'QUARTER' then interval '3 months'
          end)::date,
    stagnant_from = (
        (greatest(created_at, coalesce(last_progress_at, created_at))
            at time zone '${organisation_zone}')::date
        + case report_every
            when 'WEEK' then interval '14 days'
            when 'MONTH' then interval '2 months'
            when 'QUARTER' then interval '6 months'
          end)::date + 1
where report_every is not null;
