/// A deliberately practical check: one `@`, a local part without spaces, and a domain of at
/// least two dot-separated labels made of letters, digits and hyphens. It rejects the typos HR
/// exports really contain (missing `@`, spaces, trailing dots) without pretending to be RFC 5322.
pub fn is_valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    if local.is_empty()
        || local.len() > 64
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || !local
            .chars()
            .all(|c| c.is_ascii_graphic() && c != '@' && c != '"' && c != ',')
    {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::is_valid_email;

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in [
            "zoe.celik@gemeente-waterland.nl",
            "j.t.hart@example.org",
            "a+b@x.co",
            "o'neil@example.nl",
        ] {
            assert!(is_valid_email(ok), "{ok}");
        }
    }

    #[test]
    fn rejects_typical_typos() {
        for bad in [
            "",
            "plain",
            "@example.nl",
            "a@",
            "a@b",
            "a b@example.nl",
            "a@exa mple.nl",
            "a@@example.nl",
            "a@example.",
            "a@.example.nl",
            "a.@example.nl",
            "a..b@example.nl",
            "a@example.n1",
            "a@-x.nl",
        ] {
            assert!(!is_valid_email(bad), "{bad}");
        }
    }
}
