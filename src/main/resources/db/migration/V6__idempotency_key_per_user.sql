-- An idempotency key belongs to the user who sent it: two users choosing the same key are two requests, and one must
-- never be answered with the other's judgement. The column is re-created (keeping every key) because the unique
-- constraint on the key alone has a generated name that differs between databases.

alter table judgement_record add column user_idempotency_key varchar(200);
update judgement_record set user_idempotency_key = idempotency_key;
alter table judgement_record drop column idempotency_key;
alter table judgement_record rename column user_idempotency_key to idempotency_key;

create unique index judgement_record_idempotency_key_per_user on judgement_record (recorded_by, idempotency_key);
