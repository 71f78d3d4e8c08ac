//! An article's date ([`Date`]), parsed once when the file is read and kept at the precision
//! the source gave: a year, a month, a day, or a moment with the offset it was written with.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};

/// A date as an article gives it, with its ISO 8601 text (`2023`, `2023-11`, `2023-11-09`,
/// `2023-11-09T10:00:00+01:00`). Written (serde, `Display`) as that text, so JSON output and
/// the cache hold the strings they held when this was a `String`; borrowed as it too (`Deref`
/// to `str`), so code that read the text (`date.as_deref()`) reads the same.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Date {
    text: Box<str>,
    when: When,
}

/// What a [`Date`] says, at its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    Year(i32),
    /// Year and month (1–12).
    Month(i32, u32),
    Day(NaiveDate),
    /// A moment, with the offset the author wrote (`Z` when there was none).
    Moment(DateTime<FixedOffset>),
}

impl Date {
    /// A year (0–9999).
    pub fn year(year: i32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, 1, 1)
            .filter(|_| (0..=9999).contains(&year))
            .map(|_| Date::new(When::Year(year), format!("{year:04}")))
    }

    /// A month of a year (0–9999).
    pub fn month(year: i32, month: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, 1)
            .filter(|_| (0..=9999).contains(&year))
            .map(|_| Date::new(When::Month(year, month), format!("{year:04}-{month:02}")))
    }

    pub fn day(day: NaiveDate) -> Date {
        Date::new(When::Day(day), day.format("%Y-%m-%d").to_string())
    }

    /// A moment, to the second (RFC 3339, `Z` for UTC).
    pub fn moment(moment: DateTime<FixedOffset>) -> Date {
        Date::new(
            When::Moment(moment),
            moment.to_rfc3339_opts(SecondsFormat::Secs, true),
        )
    }

    fn new(when: When, text: String) -> Date {
        Date {
            text: text.into_boxed_str(),
            when,
        }
    }

    pub fn when(&self) -> When {
        self.when
    }

    /// The ISO 8601 text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text to the day: a moment's `YYYY-MM-DD` (the author's day), else all of it.
    pub fn day_text(&self) -> &str {
        match self.when {
            When::Moment(_) => self.text.get(..10).unwrap_or(&self.text),
            _ => &self.text,
        }
    }

    /// The day it falls on (a year or a month: its first day; a moment: the author's day).
    pub fn first_day(&self) -> NaiveDate {
        match self.when {
            When::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
            When::Month(year, month) => NaiveDate::from_ymd_opt(year, month, 1),
            When::Day(day) => Some(day),
            When::Moment(moment) => Some(moment.date_naive()),
        }
        .unwrap_or_default()
    }

    /// Unix seconds, for sorting: a moment's own, else the first day's midnight UTC.
    pub fn timestamp(&self) -> i64 {
        match self.when {
            When::Moment(moment) => moment.timestamp(),
            _ => self
                .first_day()
                .and_hms_opt(0, 0, 0)
                .map_or(i64::MIN, |t| t.and_utc().timestamp()),
        }
    }
}

/// The ISO 8601 forms a [`Date`] is written in (what `Display` writes): `YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`, or RFC 3339. Looser forms are the corpus reader's (`corpus::date`).
impl FromStr for Date {
    type Err = NotIso;

    fn from_str(text: &str) -> Result<Date, NotIso> {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        // `YYYY-MM-DD`, the form of nearly every date a cache reads back (1,000,000 at a
        // start): its digits read here, not through chrono's format parser and printer.
        if let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *text.as_bytes() {
            let number = |ds: &[u8]| {
                ds.iter().try_fold(0u32, |n, &d| {
                    d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
                })
            };
            if let (Some(y), Some(m), Some(d)) = (
                number(&[y0, y1, y2, y3]),
                number(&[m0, m1]),
                number(&[d0, d1]),
            ) {
                return NaiveDate::from_ymd_opt(y as i32, m, d)
                    .map(|day| Date::new(When::Day(day), text.to_string()))
                    .ok_or(NotIso);
            }
        }
        let parsed = match text.split_once('-') {
            None if digits(text, 4) => text.parse().ok().and_then(Date::year),
            Some((year, month)) if digits(year, 4) && digits(month, 2) => year
                .parse()
                .ok()
                .zip(month.parse().ok())
                .and_then(|(y, m)| Date::month(y, m)),
            _ => NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .filter(|_| text.len() == 10)
                .map(Date::day)
                .or_else(|| DateTime::parse_from_rfc3339(text).ok().map(Date::moment)),
        };
        parsed.ok_or(NotIso)
    }
}

/// The text is not a date in one of the forms a [`Date`] is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO 8601 date")]
pub struct NotIso;

impl std::ops::Deref for Date {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Date {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({})", self.text)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

/// Read back from the text [`Date`] writes; anything else fails (a cache holding it is not
/// one this program wrote).
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct Iso;
        impl serde::de::Visitor<'_> for Iso {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an ISO 8601 year, month, day or RFC 3339 date-time")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                text.parse()
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(Iso)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap_or_else(|_| panic!("{text}"))
    }

    #[test]
    fn a_day_reads_as_chrono_reads_it() {
        for text in [
            "2023-11-09",
            "0000-01-01",
            "9999-12-31",
            "2024-02-29",
            "2023-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-1a-01",
            "+023-11-09",
        ] {
            let chrono = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
            let ours = text.parse::<Date>().ok();
            assert_eq!(
                ours.as_ref().map(Date::when),
                chrono.map(When::Day),
                "{text}"
            );
            if let Some(day) = chrono {
                assert_eq!(ours.expect("a day").to_string(), Date::day(day).to_string());
            }
        }
    }

    #[test]
    fn keeps_the_precision_and_the_text() {
        assert_eq!(date("2023").when(), When::Year(2023));
        assert_eq!(date("2023-05").when(), When::Month(2023, 5));
        let day = NaiveDate::from_ymd_opt(2023, 11, 9).expect("day");
        assert_eq!(date("2023-11-09").when(), When::Day(day));
        let moment = date("2023-05-01T01:30:00+02:00");
        assert!(matches!(moment.when(), When::Moment(_)));
        // The author's day, not UTC's.
        assert_eq!(
            moment.first_day(),
            NaiveDate::from_ymd_opt(2023, 5, 1).expect("day")
        );
        for text in [
            "2023",
            "2023-05",
            "2023-11-09",
            "2023-11-09T10:00:00Z",
            "2023-05-01T01:30:00+02:00",
        ] {
            assert_eq!(date(text).to_string(), text);
            assert_eq!(&*date(text), text);
        }
        assert_eq!(moment.day_text(), "2023-05-01");
        assert_eq!(date("2023-05").day_text(), "2023-05");
        for not in [
            "",
            "20x3",
            "2023-13",
            "2023-5",
            "23-05-01",
            "2023-11-9",
            "next Tuesday",
        ] {
            assert!(not.parse::<Date>().is_err(), "{not}");
        }
    }

    #[test]
    fn sorts_by_its_first_moment() {
        let day = date("2023-01-01").timestamp();
        assert_eq!(date("2023").timestamp(), day);
        assert_eq!(date("2023-01").timestamp(), day);
        assert!(date("2023-05").timestamp() > day);
        assert_eq!(
            date("2023-05-01T01:30:00+02:00").timestamp(),
            date("2023-04-30T23:30:00Z").timestamp()
        );
    }

    #[test]
    fn written_as_its_text_and_read_back() {
        for text in ["2023", "2023-05", "2023-11-09", "2024-01-10T09:00:00+01:00"] {
            let d = date(text);
            assert_eq!(
                serde_json::to_string(&d).expect("json"),
                format!("\"{text}\"")
            );
            let bytes = postcard::to_stdvec(&d).expect("postcard");
            assert_eq!(bytes, postcard::to_stdvec(text).expect("postcard"));
            assert_eq!(postcard::from_bytes::<Date>(&bytes).expect("back"), d);
        }
        assert!(serde_json::from_str::<Date>("\"May 1, 2023\"").is_err());
    }
}
