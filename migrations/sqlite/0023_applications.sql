-- Applications to join a body, asked one question per message in the applicant's direct room,
-- and the conversation that holds what their next plain message there answers.

-- At most one open conversation per person; its feature reads `subject_id` (an application).
CREATE TABLE conversations (
    member_id BIGINT NOT NULL PRIMARY KEY REFERENCES members (id),
    kind TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- The questions a body asks beyond the standard ones, in order (`position` from 1).
CREATE TABLE application_questions (
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    position BIGINT NOT NULL,
    question TEXT NOT NULL,
    PRIMARY KEY (body_id, position)
);

-- status: drafting (questions being answered; `step` is the next one), pending, referred (to a
-- vote of the committee), approved, rejected, withdrawn. `platform` is where the applicant
-- applied from, and where they are told the outcome.
CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    platform TEXT NOT NULL,
    status TEXT NOT NULL,
    step BIGINT NOT NULL,
    reason TEXT,
    decided_by BIGINT REFERENCES members (id),
    created_at BIGINT NOT NULL,
    submitted_at BIGINT,
    decided_at BIGINT
);
CREATE INDEX applications_body ON applications (body_id, status);
CREATE INDEX applications_member ON applications (member_id);

-- The answers, with the question as it was asked (a body may change its questions later).
CREATE TABLE application_answers (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    position BIGINT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (application_id, position)
);
