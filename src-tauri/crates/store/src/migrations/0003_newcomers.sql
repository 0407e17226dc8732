-- Version 3: the newcomer's side. Orientation progress, the intake, a private shortlist with
-- notes, and choices of a mentor with their status.

-- One row per newcomer who opened the newcomer area; the intake columns stay NULL until the
-- newcomer saves the intake (then phase and ambition are always set).
CREATE TABLE newcomer (
    person_id          INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    last_chapter       TEXT,
    phase              TEXT CHECK (phase IN ('fresh_graduate', 'early_career', 'mid_career', 'late_career')),
    ambition           TEXT CHECK (ambition IN ('vertical', 'horizontal', 'unsure')),
    preferred_language TEXT CHECK (preferred_language IS NULL OR length(preferred_language) BETWEEN 2 AND 3),
    meeting_mode       TEXT CHECK (meeting_mode IN ('in_person', 'online', 'either')),
    department         TEXT NOT NULL DEFAULT '',
    manager_id         INTEGER REFERENCES person (id) ON DELETE SET NULL,
    informal_mentor_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    intake_saved_at    TEXT,
    CHECK ((intake_saved_at IS NULL) OR (phase IS NOT NULL AND ambition IS NOT NULL)),
    CHECK (manager_id IS NOT person_id AND informal_mentor_id IS NOT person_id)
) STRICT;

-- Topics the newcomer wants to learn about, from the expertise vocabulary; a merge of tags
-- moves them along.
CREATE TABLE intake_topic (
    person_id INTEGER NOT NULL REFERENCES newcomer (person_id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES expertise_tag (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (person_id, tag_id)
) STRICT, WITHOUT ROWID;

-- Chapters read; a chapter id is one of mentorpool_domain::orientation::CHAPTER_IDS.
CREATE TABLE orientation_read (
    person_id INTEGER NOT NULL REFERENCES newcomer (person_id) ON DELETE CASCADE,
    chapter   TEXT NOT NULL,
    read_at   TEXT NOT NULL,
    PRIMARY KEY (person_id, chapter)
) STRICT, WITHOUT ROWID;

-- The newcomer's private marks on a mentor: a star (shortlist) and a note. Unstarring keeps
-- the note; a row goes only when it has neither.
CREATE TABLE mentor_mark (
    person_id  INTEGER NOT NULL REFERENCES newcomer (person_id) ON DELETE CASCADE,
    mentor_id  INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    starred_at TEXT,
    note       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (person_id, mentor_id)
) STRICT, WITHOUT ROWID;

-- A newcomer's choice: a first choice with up to two alternatives (kind 'mentor'), or a request
-- to formalise their informal mentor. 'submitted' past expires_on reads as expired and is
-- written as such by the next write that looks at it.
CREATE TABLE mentor_choice (
    id                        INTEGER PRIMARY KEY,
    newcomer_id               INTEGER NOT NULL REFERENCES newcomer (person_id) ON DELETE RESTRICT,
    kind                      TEXT NOT NULL CHECK (kind IN ('mentor', 'formalise_informal')),
    informal_mentor_id        INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    motivation                TEXT NOT NULL,
    confirmed_manager_warning INTEGER NOT NULL DEFAULT 0 CHECK (confirmed_manager_warning IN (0, 1)),
    flagged_for_hr            INTEGER NOT NULL DEFAULT 0 CHECK (flagged_for_hr IN (0, 1)),
    -- The advice as the confirmation screen showed it (ChoiceAdvice as JSON), so HR sees what
    -- the newcomer read even after the rules change.
    advice                    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(advice)),
    status                    TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'declined', 'expired', 'withdrawn')),
    decline_reason            TEXT NOT NULL DEFAULT '',
    approved_mentor_id        INTEGER REFERENCES mentor (id) ON DELETE RESTRICT,
    mentorship_id             INTEGER REFERENCES mentorship (id) ON DELETE RESTRICT,
    submitted_on              TEXT NOT NULL CHECK (date(submitted_on) = submitted_on),
    expires_on                TEXT NOT NULL CHECK (date(expires_on) = expires_on),
    decided_on                TEXT CHECK (decided_on IS NULL OR date(decided_on) = decided_on),
    CHECK ((kind = 'formalise_informal') = (informal_mentor_id IS NOT NULL)),
    CHECK ((status = 'declined') = (length(trim(decline_reason)) > 0)),
    CHECK ((status = 'approved') = (approved_mentor_id IS NOT NULL))
) STRICT;

-- At most one open choice per newcomer.
CREATE UNIQUE INDEX mentor_choice_one_open ON mentor_choice (newcomer_id) WHERE status = 'submitted';

-- The mentors of a 'mentor' choice: rank 0 is the first choice, 1 and 2 the alternatives.
CREATE TABLE mentor_choice_pick (
    choice_id INTEGER NOT NULL REFERENCES mentor_choice (id) ON DELETE CASCADE,
    rank      INTEGER NOT NULL CHECK (rank BETWEEN 0 AND 2),
    mentor_id INTEGER NOT NULL REFERENCES mentor (id) ON DELETE RESTRICT,
    PRIMARY KEY (choice_id, rank),
    UNIQUE (choice_id, mentor_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX mentor_choice_pick_by_mentor ON mentor_choice_pick (mentor_id) WHERE rank = 0;

-- Free places as newcomers see them: capacity minus active mentorships minus open first
-- choices, which reserve a place until HR decides, the newcomer withdraws or the choice
-- expires, so two newcomers cannot both take the last place. Overdue choices are written as
-- expired at start-up and before every choice is written, so the view needs no date. The
-- parts are there too: approving a choice re-checks capacity without the choice's own
-- reservation, which `places_available`, never below 0, cannot give back exactly.
CREATE VIEW mentor_places AS
SELECT mentor_id, capacity, active_mentorships, open_first_choices,
       max(0, capacity - active_mentorships - open_first_choices) AS places_available
FROM (SELECT m.id AS mentor_id,
             m.capacity,
             (SELECT count(*) FROM mentorship s WHERE s.mentor_id = m.id AND s.ended_on IS NULL) AS active_mentorships,
             (SELECT count(*) FROM mentor_choice_pick k JOIN mentor_choice c ON c.id = k.choice_id
               WHERE k.mentor_id = m.id AND k.rank = 0 AND c.status = 'submitted') AS open_first_choices
      FROM mentor m);
