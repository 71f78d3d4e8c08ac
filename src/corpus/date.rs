//! Dates as ISO 8601. Accepted: RFC 3339 and RFC 2822; `YYYY-MM-DD` with an optional time
//! (`T` or a space, seconds and fraction optional) and an optional offset (`+0200`, `+02:00`,
//! `Z`), as Jekyll and Hugo write them; a year alone (`2023`) or a month (`2023-05`); a day
//! with its month written out in English, French, German, Dutch, Spanish or Italian (`May 1,
//! 2023`, `1 May 2023`, `9 novembre 2023`, `1. Mai 2023`); and numeric days, where
//! `DD.MM.YYYY` is day first (as everywhere it is used), `YYYY/MM/DD` year first, and
//! `DD/MM/YYYY` or `DD-MM-YYYY` only when the order cannot be wrong (`13/05/2023`,
//! `05/13/2023`, `05/05/2023`). Anything else, `01/05/2023` included (1 May in Europe,
//! January 5 in the United States), is refused with a reason rather than guessed.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

use super::months;
use crate::Date;

/// Date-times with an offset, after RFC 3339 and RFC 2822 have had their go.
const WITH_OFFSET: &[&str] = &[
    "%Y-%m-%d %H:%M:%S%.f %z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%dT%H:%M%z",
];

/// Date-times without an offset, read as UTC.
const WITHOUT_OFFSET: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
];

/// `2023-11-09` stays a date, `2023` a year and `2023-11` a month; full timestamps become RFC
/// 3339 with the offset they were written with (`2023-11-09T10:00:00+01:00`, or `Z`). The error says why the text is not a date a reader could trust.
pub(super) fn normalize(raw: &str) -> Result<Date, String> {
    let raw = raw.trim();
    if let Some(partial) = year_or_month(raw) {
        return Ok(partial);
    }
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Ok(Date::day(date));
    }
    if let Some(instant) = instant(raw) {
        // The offset the author wrote is kept, so the day stays theirs (`01:30 +02:00` is
        // still May 1st); without one, UTC (`Z`).
        return Ok(Date::moment(instant));
    }
    if let Some(day) = numeric_day(raw)? {
        return Ok(Date::day(day));
    }
    if let Some(day) = written_day(raw) {
        return Ok(Date::day(day));
    }
    Err(format!("date {} not understood, ignored", quoted(raw)))
}

pub(super) fn utc(date: DateTime<Utc>) -> String {
    date.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The raw text in quotes, cut short: it is the file's text, and the reason is one line.
fn quoted(raw: &str) -> String {
    const MAX_CHARS: usize = 40;
    let mut cut: String = raw.chars().take(MAX_CHARS).collect();
    if raw.chars().nth(MAX_CHARS).is_some() {
        cut.push('…');
    }
    format!("\"{cut}\"")
}

/// `2023` or `2023-05`, checked and kept at that precision (ISO 8601 allows both).
fn year_or_month(raw: &str) -> Option<Date> {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match raw.split_once('-') {
        None if raw.len() == 4 && all_digits(raw) => raw.parse().ok().and_then(Date::year),
        Some((year, month))
            if year.len() == 4 && all_digits(year) && month.len() == 2 && all_digits(month) =>
        {
            Date::month(year.parse().ok()?, month.parse().ok()?)
        }
        _ => None,
    }
}

/// A moment: RFC 3339, RFC 2822, or a `YYYY-MM-DD` date-time with or without an offset
/// (taken as UTC when there is none).
fn instant(raw: &str) -> Option<DateTime<FixedOffset>> {
    let with_offset = DateTime::parse_from_rfc3339(raw)
        .or_else(|_| DateTime::parse_from_rfc2822(raw))
        .ok()
        .or_else(|| {
            WITH_OFFSET
                .iter()
                .find_map(|format| DateTime::parse_from_str(raw, format).ok())
        });
    if with_offset.is_some() {
        return with_offset;
    }
    // `Z` (or `UTC`, `GMT`) after a time without seconds (`2021-11-04T23:00Z`), which RFC 3339
    // does not allow but feeds write: UTC, as with no offset at all.
    let utc = [" UTC", " GMT", "Z", "z"]
        .iter()
        .find_map(|zone| raw.strip_suffix(zone))
        .unwrap_or(raw);
    WITHOUT_OFFSET
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(utc, format).ok())
        .map(|naive| naive.and_utc().fixed_offset())
}

/// Three numbers separated by `/`, `.` or `-`: `Ok(None)` when the text is not of that shape,
/// an error when it is but the day and month could be either way round.
fn numeric_day(raw: &str) -> Result<Option<NaiveDate>, String> {
    let Some(separator) = ['/', '.', '-'].into_iter().find(|&s| raw.contains(s)) else {
        return Ok(None);
    };
    let parts: Vec<&str> = raw.split(separator).collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let (Some(numbers), [first, _, last]) = (numbers, parts.as_slice()) else {
        return Ok(None);
    };
    let (a, b) = (numbers[0], numbers[1]);
    let (year, month, day) = if first.len() == 4 {
        (numbers[0] as i32, numbers[1], numbers[2])
    } else if last.len() == 4 {
        let year = numbers[2] as i32;
        // Day first where the dot is used (de, nl, fr…); no one writes months first with it.
        if separator == '.' || a > 12 || a == b {
            (year, b, a)
        } else if b > 12 {
            (year, a, b)
        } else {
            return Err(format!(
                "date {} is ambiguous (day {a} of month {b}, or month {a} day {b}?), \
                 ignored: write it as YYYY-MM-DD",
                quoted(raw)
            ));
        }
    } else {
        return Ok(None);
    };
    Ok(NaiveDate::from_ymd_opt(year, month, day))
}

/// A day with its month written as a word, in either order: `May 1, 2023`, `1 May 2023`,
/// `Monday 1st May 2023`, `1er mai 2023`, `1 de mayo de 2023`, `1. Mai 2023`.
fn written_day(raw: &str) -> Option<NaiveDate> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for token in raw
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        // The time of day a page writes after the date (`November 20, 2019 13:42`, `… at
        // 1:42 pm`) is dropped: without its time zone it would be a guess, the day is not.
        if is_clock(token) || months::is_filler(token) || is_time_word(token) {
            continue;
        }
        let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &token[digits.len()..];
        if digits.len() == 4 && suffix.is_empty() && year.is_none() {
            year = digits.parse::<i32>().ok();
        } else if (1..=2).contains(&digits.len()) && day.is_none() && is_day_suffix(suffix) {
            day = digits.parse::<u32>().ok();
        } else if !digits.is_empty() {
            return None;
        } else if let Some(number) = months::month(token) {
            if month.replace(number).is_some() {
                return None;
            }
        } else {
            return None;
        }
    }
    NaiveDate::from_ymd_opt(year?, month?, day?)
}

/// `13:42`, `9:05`, `13:42:07`: a clock time (hours below 24, minutes and seconds below 60).
fn is_clock(token: &str) -> bool {
    let mut parts = token.split(':');
    let hours = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let number = |part: &str, len: std::ops::RangeInclusive<usize>, below: u32| {
        len.contains(&part.len())
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| n < below)
    };
    (1..=2).contains(&rest.len())
        && number(hours, 1..=2, 24)
        && rest.iter().all(|part| number(part, 2..=2, 60))
}

/// Words around a time of day: `at`, `um`, `à`, `alle`, `om`, `Uhr`, `am`/`pm`, `UTC`, `GMT`,
/// and the commonest zone abbreviations.
fn is_time_word(token: &str) -> bool {
    matches!(
        token.to_lowercase().trim_end_matches('.'),
        "at" | "um"
            | "à"
            | "alle"
            | "om"
            | "uhr"
            | "am"
            | "pm"
            | "a.m"
            | "p.m"
            | "utc"
            | "gmt"
            | "|"
            // The zones pages name after a time (scrapinghub's pages: `07:47 PM EST`,
            // `01:38:07 PM IST`); only the day is kept, so which zone it is does not matter.
            | "est"
            | "edt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "ist"
            | "bst"
            | "cet"
            | "cest"
            | "eet"
            | "eest"
            | "msk"
            | "jst"
            | "kst"
            | "hkt"
            | "sgt"
            | "aest"
            | "aedt"
    )
}

/// What may follow a day's number: `1st`, `2nd`, `3rd`, `4th`, `1er`, `1.`, `1º`.
fn is_day_suffix(suffix: &str) -> bool {
    matches!(
        suffix.to_lowercase().as_str(),
        "" | "st" | "nd" | "rd" | "th" | "er" | "." | "º"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(raw: &str) -> String {
        normalize(raw)
            .map(|d| d.to_string())
            .unwrap_or_else(|e| panic!("{raw}: {e}"))
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(ok("2023-11-09"), "2023-11-09");
        assert_eq!(ok("2023-11-09T12:00:00+02:00"), "2023-11-09T12:00:00+02:00");
        assert_eq!(ok("Thu, 09 Nov 2023 10:00:00 GMT"), "2023-11-09T10:00:00Z");
        // The author's day survives an offset that puts the instant on another UTC day.
        assert_eq!(ok("2023-05-01 01:30:00 +0200"), "2023-05-01T01:30:00+02:00");
        assert!(normalize("").is_err());
    }

    #[test]
    fn utc_times_without_seconds() {
        assert_eq!(ok("2021-11-04T23:00Z"), "2021-11-04T23:00:00Z");
        assert_eq!(ok("2021-11-04 23:00 UTC"), "2021-11-04T23:00:00Z");
        assert_eq!(ok("2021-11-04T23:00:05Z"), "2021-11-04T23:00:05Z");
    }

    #[test]
    fn front_matter_date_times() {
        assert_eq!(ok("2023-05-01 10:00:00 +0200"), "2023-05-01T10:00:00+02:00");
        assert_eq!(
            ok("2023-05-01 10:00:00 +02:00"),
            "2023-05-01T10:00:00+02:00"
        );
        assert_eq!(
            ok("2023-05-01 10:00:00.250 +0200"),
            "2023-05-01T10:00:00+02:00"
        );
        assert_eq!(ok("2023-05-01T10:00:00+0200"), "2023-05-01T10:00:00+02:00");
        assert_eq!(ok("2023-05-01 10:00"), "2023-05-01T10:00:00Z");
        assert_eq!(ok("2023-05-01T10:00"), "2023-05-01T10:00:00Z");
        assert_eq!(ok("2023-05-01 10:00:30"), "2023-05-01T10:00:30Z");
    }

    #[test]
    fn years_and_months_keep_their_precision() {
        assert_eq!(ok("2023"), "2023");
        assert_eq!(ok("2023-05"), "2023-05");
        assert!(normalize("2023-13").is_err());
        assert!(normalize("20231").is_err());
    }

    #[test]
    fn months_written_out() {
        for raw in [
            "May 1, 2023",
            "May 1 2023",
            "1 May 2023",
            "Monday, 1st May 2023",
            "1er mai 2023",
            "1. Mai 2023",
            "1 mei 2023",
            "1 de mayo de 2023",
            "1 maggio 2023",
        ] {
            assert_eq!(ok(raw), "2023-05-01", "{raw}");
        }
        assert_eq!(ok("9 novembre 2023"), "2023-11-09");
        // A time of day after the date: the day is kept, the time (no zone) dropped.
        for raw in [
            "November 20, 2019 13:42",
            "November 20, 2019 at 1:42 pm",
            "Nov. 20, 2019, 13:42:07 UTC",
            "20 November 2019 | 13:42",
            "Mittwoch, 20. November 2019 um 13:42 Uhr",
            // Issue 15 (scrapinghub's pages): a time with its zone's abbreviation, before the
            // date or after it.
            "November 20, 2019, 07:47 PM EST",
            "01:38:07 PM IST Nov 20, 2019",
        ] {
            assert_eq!(ok(raw), "2019-11-20", "{raw}");
        }
        for raw in [
            "November 20, 2019 25:42",
            "November 20, 2019 13:4",
            "20 13:42 2019",
        ] {
            assert!(normalize(raw).is_err(), "{raw}");
        }
        assert_eq!(ok("Sept. 30, 2023"), "2023-09-30");
        assert_eq!(ok("29 févr. 2024"), "2024-02-29");
        assert!(normalize("30 févr. 2024").is_err());
    }

    #[test]
    fn numeric_days_only_when_unambiguous() {
        assert_eq!(ok("13/05/2023"), "2023-05-13");
        assert_eq!(ok("05/13/2023"), "2023-05-13");
        assert_eq!(ok("05/05/2023"), "2023-05-05");
        assert_eq!(ok("01.05.2023"), "2023-05-01");
        assert_eq!(ok("2023/05/01"), "2023-05-01");
        assert_eq!(ok("13-05-2023"), "2023-05-13");
        assert_eq!(
            normalize("01/05/2023"),
            Err(
                "date \"01/05/2023\" is ambiguous (day 1 of month 5, or month 1 day 5?), \
                 ignored: write it as YYYY-MM-DD"
                    .to_string()
            )
        );
        assert!(normalize("31/31/2023").is_err());
        assert!(normalize("1/5/23").is_err());
    }

    #[test]
    fn nonsense_is_refused_with_the_text_quoted() {
        assert_eq!(
            normalize("next Tuesday"),
            Err("date \"next Tuesday\" not understood, ignored".to_string())
        );
        assert_eq!(
            normalize(&"x".repeat(100)),
            Err(format!(
                "date \"{}…\" not understood, ignored",
                "x".repeat(40)
            ))
        );
        assert!(normalize("May 2023 1 2").is_err());
        assert!(normalize("the 1 of May").is_err());
    }
}
