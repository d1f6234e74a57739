-- One-time codes that join a platform account to the member who asked for the code
-- (`!account link`). A code reads `HHHH-SSSS-SSSS`: its first group (`handle`) finds the row, so a
-- wrong try is counted against that code; only a SHA-256 hash of the whole code is kept. A code
-- expires at `expires_at`, works once (`used_at`) and is locked after 5 wrong tries.
CREATE TABLE account_link_codes (
    handle TEXT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id),
    code_hash TEXT NOT NULL,
    -- The platform the code was asked for on: it is used from another one.
    platform TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    wrong_tries BIGINT NOT NULL DEFAULT 0,
    used_at BIGINT
);
CREATE INDEX account_link_codes_member ON account_link_codes (member_id);
