-- Version 2: the mentor pool procedure. Employee imports may mark people as having left,
-- recruitment polls with their answers, critical screening, the full profile (topics, meeting
-- preference, career path, photo, CV) and mentorships, which count against capacity.

-- People who are no longer in the HR export are never deleted: HR marks them as having left.
ALTER TABLE person ADD COLUMN left_on TEXT CHECK (left_on IS NULL OR date(left_on) = left_on);

-- A recruitment poll (peiling): who would mentor as a side task next to their regular job?
CREATE TABLE poll_round (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    invitation TEXT NOT NULL DEFAULT '',
    opened_on  TEXT NOT NULL CHECK (date(opened_on) = opened_on),
    closed_on  TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
    created_at TEXT NOT NULL
) STRICT;

-- HR-only: poll answers never reach a newcomer.
CREATE TABLE poll_invitee (
    round_id        INTEGER NOT NULL REFERENCES poll_round (id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    answer          TEXT NOT NULL DEFAULT 'no_answer'
                    CHECK (answer IN ('interested', 'not_interested', 'no_answer')),
    hours_per_month INTEGER CHECK (hours_per_month IS NULL OR hours_per_month BETWEEN 0 AND 160),
    motivation      TEXT NOT NULL DEFAULT '',
    topics          TEXT NOT NULL DEFAULT '',
    answered_on     TEXT CHECK (answered_on IS NULL OR date(answered_on) = answered_on),
    PRIMARY KEY (round_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX poll_invitee_by_person ON poll_invitee (person_id);

-- HR-only: the critical screening of a candidate (Van der Sluis & Schreiner 2001). Each check
-- is NULL until HR has judged it, then 0 or 1.
CREATE TABLE screening (
    mentor_id          INTEGER PRIMARY KEY REFERENCES mentor (id) ON DELETE CASCADE,
    career_goals_met   INTEGER CHECK (career_goals_met IN (0, 1)),
    knows_organisation INTEGER CHECK (knows_organisation IN (0, 1)),
    motivated          INTEGER CHECK (motivated IN (0, 1)),
    has_time           INTEGER CHECK (has_time IN (0, 1)),
    manager_agrees     INTEGER CHECK (manager_agrees IN (0, 1)),
    notes              TEXT NOT NULL DEFAULT '',
    decision           TEXT CHECK (decision IN ('approve', 'decline', 'postpone')),
    decision_reason    TEXT NOT NULL DEFAULT '',
    decided_on         TEXT CHECK (decided_on IS NULL OR date(decided_on) = decided_on),
    updated_at         TEXT NOT NULL
) STRICT;

-- The public profile beyond bio, expertise and capacity.
ALTER TABLE mentor ADD COLUMN meeting_mode TEXT CHECK (meeting_mode IN ('in_person', 'online', 'either'));
ALTER TABLE mentor ADD COLUMN meeting_frequency TEXT
    CHECK (meeting_frequency IN ('weekly', 'fortnightly', 'monthly', 'quarterly'));

CREATE TABLE mentor_topic (
    mentor_id INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    topic     TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    PRIMARY KEY (mentor_id, position)
) STRICT, WITHOUT ROWID;

-- The career path as moves; matching needs to know which were vertical and which horizontal.
CREATE TABLE career_move (
    mentor_id       INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    year            INTEGER CHECK (year IS NULL OR year BETWEEN 1950 AND 2100),
    from_role       TEXT NOT NULL DEFAULT '',
    to_role         TEXT NOT NULL CHECK (length(trim(to_role)) > 0),
    from_department TEXT NOT NULL DEFAULT '',
    to_department   TEXT NOT NULL DEFAULT '',
    direction       TEXT NOT NULL CHECK (direction IN ('vertical', 'horizontal')),
    PRIMARY KEY (mentor_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE cv_entry (
    mentor_id    INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('position', 'education', 'achievement')),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    organisation TEXT NOT NULL DEFAULT '',
    from_year    INTEGER CHECK (from_year IS NULL OR from_year BETWEEN 1950 AND 2100),
    to_year      INTEGER CHECK (to_year IS NULL OR to_year BETWEEN 1950 AND 2100),
    description  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (mentor_id, position)
) STRICT, WITHOUT ROWID;

-- A re-encoded JPEG, already stripped of EXIF and GPS data.
CREATE TABLE mentor_photo (
    mentor_id INTEGER PRIMARY KEY REFERENCES mentor (id) ON DELETE CASCADE,
    jpeg      BLOB NOT NULL,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL
) STRICT;

-- The original CV file as HR received it, to be saved back out on request.
CREATE TABLE cv_file (
    mentor_id  INTEGER PRIMARY KEY REFERENCES mentor (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN (
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    bytes      BLOB NOT NULL,
    stored_at  TEXT NOT NULL
) STRICT;

-- A mentor relationship; active ones take a place of the mentor's capacity.
CREATE TABLE mentorship (
    id         INTEGER PRIMARY KEY,
    mentor_id  INTEGER NOT NULL REFERENCES mentor (id) ON DELETE RESTRICT,
    mentee_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    origin     TEXT NOT NULL CHECK (origin IN ('informal', 'arranged', 'self_chosen')),
    started_on TEXT NOT NULL CHECK (date(started_on) = started_on),
    ended_on   TEXT CHECK (ended_on IS NULL OR date(ended_on) = ended_on)
) STRICT;

CREATE INDEX mentorship_active_by_mentor ON mentorship (mentor_id) WHERE ended_on IS NULL;
CREATE INDEX mentorship_by_mentee ON mentorship (mentee_id);
