//! Result order without tantivy's top-k collectors: the matching articles are collected as
//! (score, article ord) pairs, then ordered with integer keys — date and title ranks computed
//! once when the library is built, or the score with the article ord breaking ties.
//!
//! The browser asks for every hit; a top-k heap of the whole corpus (and, for the title sort,
//! resolving a string per document) was most of a search's time at 100,000 articles.

use std::sync::{Arc, OnceLock};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::Sort;
use crate::Article;

/// Natural order: runs of digits compare as numbers (`part (2)` before `part (10)`), the rest
/// character by character; equal numbers with more leading zeros come after.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (mut x, mut y) = (a, b);
    loop {
        let (Some(c), Some(d)) = (x.chars().next(), y.chars().next()) else {
            return x.len().cmp(&y.len());
        };
        if c.is_ascii_digit() && d.is_ascii_digit() {
            let run = |s: &str| s.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(s.len());
            let (m, n) = (run(x), run(y));
            let (p, q) = (
                x[..m].trim_start_matches('0'),
                y[..n].trim_start_matches('0'),
            );
            let by_number = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
            match by_number.then(m.cmp(&n)) {
                Ordering::Equal => {}
                other => return other,
            }
            x = &x[m..];
            y = &y[n..];
        } else {
            match c.cmp(&d) {
                Ordering::Equal => {}
                other => return other,
            }
            x = &x[c.len_utf8()..];
            y = &y[d.len_utf8()..];
        }
    }
}

/// The whole corpus in date and title order, and each article's place in both.
#[derive(Debug, Default)]
pub struct Ranks {
    /// Article ords, newest first; undated last; ties in article order.
    by_date: Vec<u32>,
    /// Article ords by folded title in natural order ([`natural_cmp`]); ties in article order.
    /// Article ords by folded title in natural order ([`natural_cmp`]), ties in article
    /// order, and each article's position in it: made on the first title sort (folding and
    /// sorting 100k titles was a third of a start from the cache, for a sort seldom asked).
    by_title: OnceLock<(Vec<u32>, Vec<u32>)>,
    /// Article ord → its position in `by_date`.
    date_rank: Vec<u32>,
}

impl Ranks {
    /// Rank `articles` by date and by title, as the index's `date` and `title_key` fields
    /// hold them (so the order is the one tantivy's fast-field sorts gave).
    pub fn new(articles: &[Article]) -> Ranks {
        use rayon::prelude::*;
        let n = articles.len();
        // On every core for a large corpus; a small one stays on this thread (starting the
        // thread pool costs more than its sort).
        let big = n >= PARALLEL_MIN;
        let date_key = |a: &Article| super::build::date_key(a.date.as_ref());
        let dates: Vec<i64> = if big {
            articles.par_iter().map(date_key).collect()
        } else {
            articles.iter().map(date_key).collect()
        };
        // The stable sort keeps article order among equal keys.
        let mut by_date: Vec<u32> = (0..n as u32).collect();
        let key = |&o: &u32| std::cmp::Reverse(dates[o as usize]);
        if big {
            by_date.par_sort_by_key(key);
        } else {
            by_date.sort_by_key(key);
        }
        let date_rank = inverse(&by_date);
        Ranks {
            by_date,
            by_title: OnceLock::new(),
            date_rank,
        }
    }

    /// The title order of `articles` (the ones the ranks were made for).
    fn titles(&self, articles: &[Article]) -> &(Vec<u32>, Vec<u32>) {
        self.by_title.get_or_init(|| {
            use rayon::prelude::*;
            let big = articles.len() >= PARALLEL_MIN;
            let title_key = |a: &Article| crate::text::fold::fold_str(&a.title);
            let titles: Vec<String> = if big {
                articles.par_iter().map(title_key).collect()
            } else {
                articles.iter().map(title_key).collect()
            };
            let mut by_title: Vec<u32> = (0..articles.len() as u32).collect();
            let cmp = |&a: &u32, &b: &u32| natural_cmp(&titles[a as usize], &titles[b as usize]);
            if big {
                by_title.par_sort_by(cmp);
            } else {
                by_title.sort_by(cmp);
            }
            let rank = inverse(&by_title);
            (by_title, rank)
        })
    }

    /// The first `limit` matches in `sort` order, as (score, article ord); scores are kept for
    /// relevance only (0 otherwise, as before). `matches` holds each article at most once;
    /// `articles` are the ones the ranks were made for.
    pub fn order(
        &self,
        sort: Sort,
        matches: Vec<(Score, u32)>,
        limit: usize,
        articles: &[Article],
    ) -> Vec<(f32, usize)> {
        match sort {
            Sort::Relevance => by_score(matches, limit),
            Sort::Date => self.by_rank(&self.by_date, &self.date_rank, &matches, limit),
            Sort::Title => {
                let (order, rank) = self.titles(articles);
                self.by_rank(order, rank, &matches, limit)
            }
        }
    }

    fn by_rank(
        &self,
        order: &[u32],
        rank: &[u32],
        matches: &[(Score, u32)],
        limit: usize,
    ) -> Vec<(f32, usize)> {
        let n = order.len();
        if matches.len().saturating_mul(DENSE) >= n {
            // Many matches: walk the precomputed order once, keeping the marked articles.
            let mut marked = vec![0u64; n.div_ceil(64)];
            for &(_, ord) in matches {
                if let Some(word) = marked.get_mut(ord as usize / 64) {
                    *word |= 1 << (ord % 64);
                }
            }
            order
                .iter()
                .filter(|&&ord| marked[ord as usize / 64] & (1 << (ord % 64)) != 0)
                .take(limit)
                .map(|&ord| (0.0, ord as usize))
                .collect()
        } else {
            // Few matches: sort their ranks.
            let mut ranks: Vec<u32> = matches
                .iter()
                .filter_map(|&(_, ord)| rank.get(ord as usize).copied())
                .collect();
            top_sorted(&mut ranks, limit);
            ranks
                .into_iter()
                .map(|r| (0.0, order[r as usize] as usize))
                .collect()
        }
    }
}

/// From this many articles, the orders are computed on every core.
pub const PARALLEL_MIN: usize = 4096;

/// Walking the whole order beats sorting the matches' ranks once they are more than about
/// one article in this many (a bit test per article against m·log m comparisons).
const DENSE: usize = 16;

/// `ord → position` for a permutation.
fn inverse(order: &[u32]) -> Vec<u32> {
    let mut rank = vec![0u32; order.len()];
    for (position, &ord) in order.iter().enumerate() {
        rank[ord as usize] = position as u32;
    }
    rank
}

/// Best score first; equal scores in article order (a total order, so the result does not
/// depend on the order tantivy visited the segments in).
fn by_score(matches: Vec<(Score, u32)>, limit: usize) -> Vec<(f32, usize)> {
    let mut keys: Vec<u64> = matches
        .into_iter()
        .map(|(score, ord)| (u64::from(!ascending_bits(score)) << 32) | u64::from(ord))
        .collect();
    top_sorted(&mut keys, limit);
    keys.into_iter()
        .map(|key| {
            let score = from_ascending_bits(!((key >> 32) as u32));
            (score, (key & u64::from(u32::MAX)) as usize)
        })
        .collect()
}

/// The bits of a float as an unsigned integer in the same order (`f32::total_cmp`'s order).
fn ascending_bits(score: f32) -> u32 {
    let bits = score.to_bits();
    if bits & 0x8000_0000 != 0 {
        !bits
    } else {
        bits | 0x8000_0000
    }
}

fn from_ascending_bits(bits: u32) -> f32 {
    if bits & 0x8000_0000 != 0 {
        f32::from_bits(bits & 0x7fff_ffff)
    } else {
        f32::from_bits(!bits)
    }
}

/// Keep the `limit` smallest keys, sorted; only they are sorted when there are more.
fn top_sorted<T: Ord + Copy>(keys: &mut Vec<T>, limit: usize) {
    if limit == 0 {
        keys.clear();
        return;
    }
    if keys.len() > limit {
        keys.select_nth_unstable(limit - 1);
        keys.truncate(limit);
    }
    keys.sort_unstable();
}

/// In a segment's doc id → article map: a document without an article ord (never written by
/// the index builder; skipped rather than trusted).
pub const NO_ARTICLE: u32 = u32::MAX;

/// Collects every matching document as (score, article ord); the score is 0 unless scoring
/// is asked for.
pub struct Matches {
    /// Per segment: doc id → article ord.
    pub ords: Vec<Arc<[u32]>>,
    pub scoring: bool,
}

pub struct SegmentMatches {
    ords: Arc<[u32]>,
    found: Vec<(Score, u32)>,
}

impl Collector for Matches {
    type Fruit = Vec<(Score, u32)>;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        let ords = self.ords.get(segment as usize).cloned().ok_or_else(|| {
            tantivy::TantivyError::InternalError(format!("no article map for segment {segment}"))
        })?;
        Ok(SegmentMatches {
            ords,
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scoring
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(Score, u32)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Vec<(Score, u32)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(&ord) = self.ords.get(doc as usize).filter(|&&o| o != NO_ARTICLE) {
            self.found.push((score, ord));
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        let ords = &self.ords;
        self.found.extend(docs.iter().filter_map(|&doc| {
            ords.get(doc as usize)
                .filter(|&&o| o != NO_ARTICLE)
                .map(|&ord| (0.0, ord))
        }));
    }

    fn harvest(self) -> Self::Fruit {
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, date: Option<&str>) -> Article {
        Article {
            title: title.to_string(),
            date: date.and_then(|d| d.parse().ok()),
            ..Article::default()
        }
    }

    #[test]
    fn titles_sort_naturally() {
        let mut titles = vec![
            "part (10)",
            "part (2)",
            "part (1)",
            "part",
            "a10b",
            "a9c",
            "x007",
            "x7",
        ];
        titles.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            titles,
            [
                "a9c",
                "a10b",
                "part",
                "part (1)",
                "part (2)",
                "part (10)",
                "x7",
                "x007"
            ]
        );
        let articles = [article("Report (10)", None), article("Report (2)", None)];
        let ranks = Ranks::new(&articles);
        let order: Vec<usize> = ranks
            .order(Sort::Title, vec![(0.0, 0), (0.0, 1)], 9, &articles)
            .into_iter()
            .map(|h| h.1)
            .collect();
        assert_eq!(order, [1, 0], "(2) before (10)");
    }

    #[test]
    fn date_order_is_newest_first_undated_last_ties_in_article_order() {
        let articles = [
            article("a", None),
            article("b", Some("2024-01-02")),
            article("c", Some("2024-01-02T00:00:00Z")),
            article("d", Some("2025-03-01")),
            article("e", None),
        ];
        let ranks = Ranks::new(&articles);
        let all: Vec<(Score, u32)> = (0..5).map(|o| (1.0, o)).collect();
        let ords = |v: Vec<(f32, usize)>| v.into_iter().map(|(_, o)| o).collect::<Vec<_>>();
        assert_eq!(
            ords(ranks.order(Sort::Date, all.clone(), 10, &articles)),
            [3, 1, 2, 0, 4]
        );
        assert_eq!(ords(ranks.order(Sort::Date, all, 2, &articles)), [3, 1]);
        // Few matches of many: the sorted-ranks path gives the same order.
        let few = vec![(0.0, 4), (0.0, 2), (0.0, 1)];
        assert_eq!(
            ords(ranks.by_rank(&ranks.by_date, &ranks.date_rank, &few, 9)),
            [1, 2, 4]
        );
    }

    #[test]
    fn title_order_is_folded_with_ties_in_article_order() {
        let articles = [
            article("Zebra", None),
            article("écoles", None),
            article("Ecoles", None),
            article("abc", None),
        ];
        let ranks = Ranks::new(&articles);
        let all: Vec<(Score, u32)> = (0..4).rev().map(|o| (0.0, o)).collect();
        let got: Vec<usize> = ranks
            .order(Sort::Title, all, 9, &articles)
            .into_iter()
            .map(|(_, o)| o)
            .collect();
        assert_eq!(got, [3, 1, 2, 0]);
    }

    #[test]
    fn score_order_is_best_first_with_ties_in_article_order() {
        let matches = vec![(1.5, 7), (2.0, 3), (1.5, 2), (0.0, 9), (2.0, 1), (-1.0, 0)];
        assert_eq!(
            by_score(matches.clone(), 10),
            [(2.0, 1), (2.0, 3), (1.5, 2), (1.5, 7), (0.0, 9), (-1.0, 0)]
        );
        assert_eq!(by_score(matches.clone(), 3), [(2.0, 1), (2.0, 3), (1.5, 2)]);
        assert!(by_score(matches, 0).is_empty());
    }

    #[test]
    fn float_keys_keep_order_and_value() {
        let values = [-3.5f32, -0.0, 0.0, 1e-30, 0.25, 7.0, f32::MAX];
        for w in values.windows(2) {
            assert!(ascending_bits(w[0]) <= ascending_bits(w[1]), "{w:?}");
        }
        for v in values {
            assert_eq!(
                from_ascending_bits(ascending_bits(v)).to_bits(),
                v.to_bits()
            );
        }
    }
}
