-- Version 4: full-text search over mentor profiles and CVs for newcomers.
--
-- The index holds the profile folded the way the domain folds a query (mentorpool_fold, a
-- function the store registers on every connection), so "zoe" finds "Zoë", "celik" finds
-- "Çelik" and "yilmaz" finds "Yılmaz". Triggers keep it in step with every table a profile is made of, so no write
-- path, present or future, can forget to update it. Only public profile fields go in:
-- screening notes, poll answers and choices are not part of any profile table.

CREATE VIRTUAL TABLE mentor_search USING fts5 (
    name, job_title, department, bio, expertise, topics, career, cv,
    tokenize = 'unicode61 remove_diacritics 2',
    -- The first letters a newcomer types match thousands of words; their own index keeps that fast.
    prefix = '1 2'
);

-- One row per mentor: the text of each searchable part of the profile. char(10) separates
-- entries, which the tokenizer treats as a word break like any other.
CREATE VIEW mentor_search_document AS
SELECT m.id AS mentor_id,
       mentorpool_fold(p.name) AS name,
       mentorpool_fold(p.job_title) AS job_title,
       mentorpool_fold(p.department) AS department,
       mentorpool_fold(m.bio) AS bio,
       mentorpool_fold(coalesce((SELECT group_concat(t.name, char(10)) FROM mentor_expertise e
                   JOIN expertise_tag t ON t.id = e.tag_id WHERE e.mentor_id = m.id), '')) AS expertise,
       mentorpool_fold(coalesce((SELECT group_concat(topic, char(10)) FROM mentor_topic
                   WHERE mentor_id = m.id), '')) AS topics,
       mentorpool_fold(coalesce((SELECT group_concat(from_role || ' ' || to_role || ' ' || from_department || ' '
                                     || to_department, char(10))
                   FROM career_move WHERE mentor_id = m.id), '')) AS career,
       mentorpool_fold(coalesce((SELECT group_concat(title || ' ' || organisation || ' ' || description, char(10))
                   FROM cv_entry WHERE mentor_id = m.id), '')) AS cv
FROM mentor m
JOIN person p ON p.id = m.person_id;

INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv FROM mentor_search_document;

CREATE TRIGGER mentor_search_after_mentor_insert AFTER INSERT ON mentor BEGIN
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.id;
END;

CREATE TRIGGER mentor_search_after_mentor_update AFTER UPDATE OF bio, person_id ON mentor BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.id;
END;

CREATE TRIGGER mentor_search_after_mentor_delete AFTER DELETE ON mentor BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.id;
END;

-- The person's name, job and department are part of the profile. The WHEN clause keeps an
-- employee import of thousands of non-mentors from touching the index at all.
CREATE TRIGGER mentor_search_after_person_update AFTER UPDATE OF name, job_title, department ON person
WHEN EXISTS (SELECT 1 FROM mentor WHERE person_id = NEW.id) BEGIN
    DELETE FROM mentor_search WHERE rowid = (SELECT id FROM mentor WHERE person_id = NEW.id);
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = (SELECT id FROM mentor WHERE person_id = NEW.id);
END;

CREATE TRIGGER mentor_search_after_tag_rename AFTER UPDATE OF name ON expertise_tag BEGIN
    DELETE FROM mentor_search WHERE rowid IN (SELECT mentor_id FROM mentor_expertise WHERE tag_id = NEW.id);
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document
     WHERE mentor_id IN (SELECT mentor_id FROM mentor_expertise WHERE tag_id = NEW.id);
END;

-- The parts of a profile kept in their own tables: any change re-indexes that mentor.
CREATE TRIGGER mentor_search_after_mentor_expertise_insert AFTER INSERT ON mentor_expertise BEGIN
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_mentor_expertise_update AFTER UPDATE ON mentor_expertise BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_mentor_expertise_delete AFTER DELETE ON mentor_expertise BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
END;

CREATE TRIGGER mentor_search_after_mentor_topic_insert AFTER INSERT ON mentor_topic BEGIN
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_mentor_topic_update AFTER UPDATE ON mentor_topic BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_mentor_topic_delete AFTER DELETE ON mentor_topic BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
END;

CREATE TRIGGER mentor_search_after_career_move_insert AFTER INSERT ON career_move BEGIN
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_career_move_update AFTER UPDATE ON career_move BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_career_move_delete AFTER DELETE ON career_move BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
END;

CREATE TRIGGER mentor_search_after_cv_entry_insert AFTER INSERT ON cv_entry BEGIN
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_cv_entry_update AFTER UPDATE ON cv_entry BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
    DELETE FROM mentor_search WHERE rowid = NEW.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = NEW.mentor_id;
END;

CREATE TRIGGER mentor_search_after_cv_entry_delete AFTER DELETE ON cv_entry BEGIN
    DELETE FROM mentor_search WHERE rowid = OLD.mentor_id;
    INSERT INTO mentor_search (rowid, name, job_title, department, bio, expertise, topics, career, cv)
    SELECT mentor_id, name, job_title, department, bio, expertise, topics, career, cv
      FROM mentor_search_document WHERE mentor_id = OLD.mentor_id;
END;
