//! Files that belong to a mentor: the photo, already re-encoded, and the original CV file.

use crate::StoreError;
use chrono::Utc;
use mentorpool_domain::MentorId;
use rusqlite::{params, Connection, OptionalExtension};

pub fn set_photo(conn: &Connection, mentor: MentorId, jpeg: &[u8], width: u32, height: u32) -> Result<(), StoreError> {
    crate::mentors::ensure_exists(conn, mentor)?;
    conn.execute(
        "INSERT INTO mentor_photo (mentor_id, jpeg, width, height) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (mentor_id) DO UPDATE SET jpeg = excluded.jpeg, width = excluded.width, height = excluded.height",
        params![mentor, jpeg, width, height],
    )?;
    Ok(())
}

pub fn remove_photo(conn: &Connection, mentor: MentorId) -> Result<(), StoreError> {
    conn.execute("DELETE FROM mentor_photo WHERE mentor_id = ?1", [mentor])?;
    Ok(())
}

/// The stored JPEG, if any.
pub fn photo(conn: &Connection, mentor: MentorId) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(conn
        .query_row("SELECT jpeg FROM mentor_photo WHERE mentor_id = ?1", [mentor], |row| {
            row.get(0)
        })
        .optional()?)
}

/// The original CV as HR received it: its name, media type and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CvFile {
    pub file_name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

pub fn set_cv_file(conn: &Connection, mentor: MentorId, file: &CvFile) -> Result<(), StoreError> {
    crate::mentors::ensure_exists(conn, mentor)?;
    conn.execute(
        "INSERT INTO cv_file (mentor_id, file_name, media_type, bytes, stored_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (mentor_id) DO UPDATE SET file_name = excluded.file_name, media_type = excluded.media_type,
             bytes = excluded.bytes, stored_at = excluded.stored_at",
        params![
            mentor,
            file.file_name,
            file.media_type,
            file.bytes,
            Utc::now().to_rfc3339()
        ],
    )?;
    Ok(())
}

pub fn remove_cv_file(conn: &Connection, mentor: MentorId) -> Result<(), StoreError> {
    conn.execute("DELETE FROM cv_file WHERE mentor_id = ?1", [mentor])?;
    Ok(())
}

pub fn cv_file(conn: &Connection, mentor: MentorId) -> Result<Option<CvFile>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT file_name, media_type, bytes FROM cv_file WHERE mentor_id = ?1",
            [mentor],
            |row| {
                Ok(CvFile {
                    file_name: row.get(0)?,
                    media_type: row.get(1)?,
                    bytes: row.get(2)?,
                })
            },
        )
        .optional()?)
}

pub(crate) fn cv_file_name(conn: &Connection, mentor: MentorId) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT file_name FROM cv_file WHERE mentor_id = ?1", [mentor], |row| {
            row.get(0)
        })
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{mentors, people};
    use mentorpool_domain::PersonInput;

    fn mentor(conn: &Connection) -> MentorId {
        let person = PersonInput {
            name: "Anne".into(),
            email: "anne@waterschap.nl".into(),
            employee_number: "1".into(),
            ..PersonInput::default()
        };
        let id = people::insert(conn, &person.validate(2026).unwrap()).unwrap();
        mentors::create_candidate(conn, id).unwrap()
    }

    #[test]
    fn a_photo_is_replaced_and_removed() {
        let conn = crate::open_in_memory().unwrap();
        let id = mentor(&conn);
        set_photo(&conn, id, b"\xff\xd8first", 10, 10).unwrap();
        set_photo(&conn, id, b"\xff\xd8second", 20, 20).unwrap();
        assert_eq!(photo(&conn, id).unwrap().as_deref(), Some(&b"\xff\xd8second"[..]));
        remove_photo(&conn, id).unwrap();
        assert_eq!(photo(&conn, id).unwrap(), None);
    }

    #[test]
    fn a_cv_file_round_trips() {
        let conn = crate::open_in_memory().unwrap();
        let id = mentor(&conn);
        let file = CvFile {
            file_name: "cv.pdf".into(),
            media_type: "application/pdf".into(),
            bytes: b"%PDF-1.7".to_vec(),
        };
        set_cv_file(&conn, id, &file).unwrap();
        assert_eq!(cv_file(&conn, id).unwrap(), Some(file));
        assert_eq!(cv_file_name(&conn, id).unwrap().as_deref(), Some("cv.pdf"));
    }

    #[test]
    fn files_need_an_existing_mentor() {
        let conn = crate::open_in_memory().unwrap();
        assert_eq!(
            set_photo(&conn, MentorId::new(9), b"x", 1, 1).unwrap_err().code(),
            "mentor.not_found"
        );
    }
}
