-- The first day on which a ticket with reportEvery counts as stagnant (停滞): two intervals after
-- the later of its creation and its last progress report, plus one day (DeadlineRules.stagnantFrom;
-- decision 0194). Set by the application with report_due; existing tickets get it here, from the
-- same dates taken in the organisation's zone.
alter table ticket add column stagnant_from date;

update ticket set stagnant_from = (
    (greatest(created_at, coalesce(last_progress_at, created_at))
        at time zone '${organisation_zone}')::date
    + case report_every
        when 'WEEK' then interval '14 days'
        when 'MONTH' then interval '2 months'
        when 'QUARTER' then interval '6 months'
      end
  )::date + 1
where report_every is not null;
