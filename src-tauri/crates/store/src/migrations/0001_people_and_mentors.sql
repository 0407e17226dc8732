-- Version 1: people, mentor profiles with an expertise vocabulary, and app settings.

CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email             TEXT NOT NULL COLLATE NOCASE UNIQUE,
    employee_number   TEXT NOT NULL UNIQUE CHECK (length(employee_number) > 0),
    department        TEXT NOT NULL DEFAULT '',
    job_title         TEXT NOT NULL DEFAULT '',
    manager_id        INTEGER REFERENCES person (id) ON DELETE RESTRICT CHECK (manager_id IS NOT id),
    start_date        TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
    career_start_year INTEGER,
    search_key        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

CREATE INDEX person_by_manager ON person (manager_id);
CREATE INDEX person_by_department ON person (department);

CREATE TABLE person_language (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    code      TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 3),
    PRIMARY KEY (person_id, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE mentor (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE RESTRICT,
    status     TEXT NOT NULL CHECK (status IN ('candidate', 'approved', 'paused', 'retired')),
    bio        TEXT NOT NULL DEFAULT '',
    capacity   INTEGER NOT NULL DEFAULT 2 CHECK (capacity BETWEEN 0 AND 10),
    search_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX mentor_by_status ON mentor (status);

-- The organisation's own vocabulary of expertise; HR renames and merges tags in one place.
CREATE TABLE expertise_tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0)
) STRICT;

CREATE TABLE mentor_expertise (
    mentor_id INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES expertise_tag (id) ON DELETE RESTRICT,
    position  INTEGER NOT NULL,
    PRIMARY KEY (mentor_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX mentor_expertise_by_tag ON mentor_expertise (tag_id);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
