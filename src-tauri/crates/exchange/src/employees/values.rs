//! Reading the values of single cells: dates, years and languages as HR exports write them.

use chrono::NaiveDate;
use mentorpool_domain::{fold_for_search, LanguageCode};

/// A date as `dd-mm-jjjj`, `d-m-jjjj` (also with `/` or `.`) or ISO `jjjj-mm-dd`. A time
/// after it (`01-02-2020 00:00`, as Excel sometimes adds) is ignored. `None` when it cannot be
/// read or the day does not exist.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let mut words = raw.split_whitespace();
    let date = words.next()?;
    let rest: String = words.collect();
    if !rest.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.') {
        return None;
    }
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<u32>().ok();
    let (year, month, day) = if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        (a, number(b)?, number(c)?)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (c, number(b)?, number(a)?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month, day)
}

/// A year written as a whole number (`2004`, or `2004.0` from a spreadsheet).
pub fn parse_year(raw: &str) -> Option<i32> {
    let digits = raw.strip_suffix(".0").unwrap_or(raw);
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The languages in a cell such as `nl, en`, `NL/EN` or `Nederlands en Engels`. The
/// languages HR most often writes out are understood by name; each item that is neither a
/// known name nor a code is returned as the error.
pub fn parse_languages(raw: &str) -> Result<Vec<LanguageCode>, String> {
    let mut codes = Vec::new();
    for item in raw.split(|c: char| ",;/|+&".contains(c) || c.is_whitespace()) {
        if item.is_empty() {
            continue;
        }
        let folded = fold_for_search(item);
        let code = match LANGUAGE_NAMES
            .iter()
            .find(|(names, _)| names.contains(&folded.as_str()))
        {
            Some((_, code)) => LanguageCode::parse(code),
            None => LanguageCode::parse(item),
        };
        codes.push(code.map_err(|_| item.to_string())?);
    }
    codes.sort();
    codes.dedup();
    Ok(codes)
}

const LANGUAGE_NAMES: &[(&[&str], &str)] = &[
    (&["nederlands", "dutch", "vlaams"], "nl"),
    (&["engels", "english"], "en"),
    (&["duits", "german", "deutsch"], "de"),
    (&["frans", "french", "francais"], "fr"),
    (&["spaans", "spanish", "espanol"], "es"),
    (&["italiaans", "italian", "italiano"], "it"),
    (&["portugees", "portuguese"], "pt"),
    (&["fries", "frysk", "frisian"], "fy"),
    (&["pools", "polish", "polski"], "pl"),
    (&["turks", "turkish", "turkce"], "tr"),
    (&["arabisch", "arabic"], "ar"),
    (&["papiaments", "papiamento"], "pap"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn dutch_and_iso_dates_are_read() {
        assert_eq!(parse_date("03-02-2015"), date(2015, 2, 3));
        assert_eq!(parse_date("3-2-2015"), date(2015, 2, 3));
        assert_eq!(parse_date("3/2/2015"), date(2015, 2, 3));
        assert_eq!(parse_date("03.02.2015"), date(2015, 2, 3));
        assert_eq!(parse_date("2015-02-03"), date(2015, 2, 3));
        assert_eq!(parse_date("03-02-2015 00:00"), date(2015, 2, 3));
        assert_eq!(parse_date("29-02-2024"), date(2024, 2, 29));
    }

    #[test]
    fn unreadable_dates_are_refused() {
        for bad in [
            "31-02-2015",
            "29-02-2023",
            "2015-13-01",
            "03-02-15",
            "3 februari 2015",
            "03-02-2015 noon",
            "2015",
            "12-2015",
            "-1-2-2015",
            "01-02-2015-03",
            "x1-02-2015",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn years_are_whole_numbers() {
        assert_eq!(parse_year("2004"), Some(2004));
        assert_eq!(parse_year("2004.0"), Some(2004));
        for bad in ["", "twee", "2004.5", "-2004", "20 04", "99999999999"] {
            assert_eq!(parse_year(bad), None, "{bad}");
        }
    }

    #[test]
    fn languages_are_read_as_codes_or_names() {
        let codes = |raw: &str| {
            parse_languages(raw)
                .unwrap()
                .iter()
                .map(|c| c.as_str().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("nl, en"), ["en", "nl"]);
        assert_eq!(codes("NL/EN/nl"), ["en", "nl"]);
        assert_eq!(codes("Nederlands en Engels"), ["en", "nl"]);
        assert_eq!(codes("Français; Türkçe"), ["fr", "tr"]);
        assert!(codes("").is_empty());
        assert_eq!(parse_languages("nl, Klingon"), Err("Klingon".to_string()));
    }
}
