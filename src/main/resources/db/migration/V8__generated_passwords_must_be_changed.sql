-- A password the service generated (for a new account, or on a reset) is known to whoever passed it on: it must be
-- replaced by the user's own at their first sign-in in the browser.
alter table app_user add column password_must_change boolean not null default false;
