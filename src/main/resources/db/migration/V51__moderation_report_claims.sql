-- A consistency report is run by whichever service instance claims it, one at a time. The claim is a lease the instance
-- renews while it runs the report: if the instance dies, the lease runs out and another instance runs the report again
-- from its stored input.
alter table moderation_report add column claimed_by varchar(100);
alter table moderation_report add column claimed_until timestamp with time zone;

create index moderation_report_waiting on moderation_report (status, created_at);
