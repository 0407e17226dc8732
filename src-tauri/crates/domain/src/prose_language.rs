//! Which of the app's languages a piece of prose is written in, judged by its commonest small
//! words. A mentor writes their profile in one language whatever language the booklet is in, and
//! a Dutch profile broken at English hyphenation points (or read aloud by an English voice) reads
//! wrongly.

use crate::UiLanguage;

/// Frequent function words of one language that are rare in the other. Words both share ("is",
/// "in", "me", "we", "of", "over") tell nothing and are left out, and so is "it", which Dutch
/// work text uses for IT.
const DUTCH: &[&str] = &[
    "de", "het", "een", "en", "van", "ik", "je", "dat", "die", "niet", "met", "voor", "op", "te", "zijn", "naar", "om",
    "ook", "bij", "als", "wat", "mijn", "maar", "heb", "ben", "aan", "er", "hoe", "wij", "ons", "jij", "jou", "hun",
    "nog", "wel", "veel", "waar", "over", "door", "kan", "wil", "dit", "deze",
];
const ENGLISH: &[&str] = &[
    "the", "a", "an", "and", "i", "you", "that", "not", "with", "for", "on", "to", "my", "are", "as", "what", "but",
    "have", "am", "at", "it", "how", "be", "this", "who", "our", "your", "their", "can", "will", "from", "about",
    "been", "where", "which", "also",
];

/// Dutch words that also begin names and so turn up in English text.
const PARTICLES: &[&str] = &["van", "de", "den", "der", "het"];

/// Fewer telling words than this is too little to judge by.
const MIN_EVIDENCE: usize = 3;

/// The language of `text`, or `None` when it is too short or too mixed to tell.
pub fn prose_language(text: &str) -> Option<UiLanguage> {
    let (mut dutch, mut english) = (0_usize, 0_usize);
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphabetic()))
        .collect();
    for (at, word) in words.iter().enumerate() {
        // "o.a." and "i.v.m." are Dutch abbreviations, not the English "a" and "i".
        if word.is_empty() || word.contains(|c: char| !c.is_alphabetic()) {
            continue;
        }
        let word = word.to_lowercase();
        // A name's particle ("Pieter de Vries", "Universiteit van Amsterdam") says nothing of
        // the text around it.
        let before_a_name = words
            .get(at + 1)
            .and_then(|next| next.chars().next())
            .is_some_and(char::is_uppercase);
        if PARTICLES.contains(&word.as_str()) && before_a_name {
            continue;
        }
        if DUTCH.contains(&word.as_str()) {
            dutch += 1;
        } else if ENGLISH.contains(&word.as_str()) {
            english += 1;
        }
    }
    // One language has to outweigh the other clearly: loanwords and names add a few of the other.
    if dutch >= MIN_EVIDENCE && dutch >= 2 * english {
        Some(UiLanguage::Nl)
    } else if english >= MIN_EVIDENCE && english >= 2 * dutch {
        Some(UiLanguage::En)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dutch_profile_with_english_loanwords_is_dutch() {
        let bio = "Ik werk sinds 2011 bij het waterschap en begon als financieel adviseur. \
                   Mijn kracht is feedback geven in een meeting zonder dat het pijn doet; \
                   ik help je graag met de planning & control cycle.";
        assert_eq!(prose_language(bio), Some(UiLanguage::Nl));
    }

    #[test]
    fn an_english_profile_is_english() {
        let bio = "I moved here from a consultancy in 2019 and have led the data team since. \
                   Ask me about working with the board, or about finding your feet as an expat.";
        assert_eq!(prose_language(bio), Some(UiLanguage::En));
    }

    #[test]
    fn too_little_or_too_mixed_to_tell() {
        assert_eq!(prose_language(""), None);
        assert_eq!(prose_language("Omgevingswet, GIS, Python."), None);
        assert_eq!(prose_language("De vergunning and the permit"), None);
        // Words both languages share count for neither.
        assert_eq!(prose_language("is in is in we me of"), None);
    }

    #[test]
    fn names_and_abbreviations_do_not_pass_for_words() {
        let bio = "I studied at the Universiteit van Amsterdam with Pieter de Vries, and I now lead our IT team.";
        assert_eq!(prose_language(bio), Some(UiLanguage::En));
        let cv = "Advies o.a. over riolering i.v.m. de nieuwe wet, voor het bestuur en de directie.";
        assert_eq!(prose_language(cv), Some(UiLanguage::Nl));
    }

    #[test]
    fn capitals_and_punctuation_do_not_hide_a_word() {
        assert_eq!(prose_language("HET huis. De tuin! Een boom? En…"), Some(UiLanguage::Nl));
    }
}
