//! The newcomer's private shortlist: a star and a note per mentor, for no one else to read.

use crate::DomainError;

/// A note is a reminder to oneself, not an essay.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The note trimmed; an empty note is no note.
pub fn tidy_note(raw: &str) -> Result<String, DomainError> {
    let note = raw.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(DomainError::NoteTooLong(MAX_NOTE_CHARS));
    }
    Ok(note.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_trimmed_and_at_most_two_thousand_characters() {
        assert_eq!(
            tidy_note("  Vragen naar dijkversterking \n").unwrap(),
            "Vragen naar dijkversterking"
        );
        assert_eq!(tidy_note(&"ë".repeat(2000)).unwrap().chars().count(), 2000);
        assert_eq!(tidy_note(&"ë".repeat(2001)).unwrap_err().code(), "note.too_long");
    }
}
