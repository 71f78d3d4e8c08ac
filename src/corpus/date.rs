//! Dates as ISO 8601: RFC 3339, RFC 2822 and `YYYY-MM-DD` are accepted; anything else is
//! dropped rather than guessed.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

/// `2023-11-09` stays a date; full timestamps become UTC, `2023-11-09T10:00:00Z`.
pub(super) fn normalize(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Some(date.format("%Y-%m-%d").to_string());
    }
    let parsed = DateTime::parse_from_rfc3339(raw)
        .or_else(|_| DateTime::parse_from_rfc2822(raw))
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
                .map(|naive| naive.and_utc())
        })?;
    Some(utc(parsed))
}

pub(super) fn utc(date: DateTime<Utc>) -> String {
    date.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_forms() {
        assert_eq!(normalize("2023-11-09").as_deref(), Some("2023-11-09"));
        assert_eq!(normalize("2023-11-09T12:00:00+02:00").as_deref(), Some("2023-11-09T10:00:00Z"));
        assert_eq!(
            normalize("Thu, 09 Nov 2023 10:00:00 GMT").as_deref(),
            Some("2023-11-09T10:00:00Z")
        );
        assert_eq!(normalize("9 novembre 2023"), None);
        assert_eq!(normalize(""), None);
    }
}
