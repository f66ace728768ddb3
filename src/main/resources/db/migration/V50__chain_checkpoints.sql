-- Signed checkpoints of the judgement chain: the head's place and hash at a moment, signed with a key the database does
-- not hold, so a chain rewritten with recomputed hashes contradicts them (after RFC 6962's signed tree heads).
create table judgement_checkpoint (
    sequence_number bigint                   primary key,  -- the head's place when signed
    record_hash     varchar(64)              not null,     -- the head's chain hash then
    signed_at       timestamp with time zone not null,
    key_id          varchar(16)              not null,     -- first 16 hex digits of the SHA-256 of the public key
    signature       varchar(200)             not null      -- Ed25519, Base64, over Checkpoint.signedText()
);
