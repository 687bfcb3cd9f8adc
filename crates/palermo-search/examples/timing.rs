//! How long the index takes to build from the embedded data and to answer a
//! few queries: `cargo run --release -p palermo-search --example timing`.
//! Prints the median of several runs of each.

use std::time::{Duration, Instant};

use palermo_refdata::RefData;
use palermo_search::{Kind, Query, SearchIndex};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let data = RefData::embedded();
    let runs = 15;
    let mut builds = Vec::new();
    let mut index = None;
    for _ in 0..runs {
        let t = Instant::now();
        let ix = SearchIndex::build(&data).expect("the embedded data indexes");
        builds.push(t.elapsed());
        index = Some(ix);
    }
    let index = index.expect("built");
    println!(
        "index: {} documents, build median {:.1} ms (min {:.1}, max {:.1}) over {runs} runs",
        index.len(),
        median(builds.clone()).as_secs_f64() * 1e3,
        builds
            .iter()
            .min()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1e3,
        builds
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1e3,
    );
    let queries = [
        Query {
            text: "central authority".into(),
            limit: 10,
            ..Query::default()
        },
        Query {
            text: "smuggling".into(),
            limit: 10,
            ..Query::default()
        },
        Query {
            text: "\"mutual legal assistance\"".into(),
            limit: 10,
            ..Query::default()
        },
        Query {
            text: "piracy".into(),
            kind: Some(Kind::Penalty),
            limit: 10,
            ..Query::default()
        },
        Query {
            text: "".into(),
            state: Some("DEU".into()),
            limit: 10,
            ..Query::default()
        },
    ];
    for q in &queries {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..200 {
            let t = Instant::now();
            total = index.search(q).expect("the query reads").total;
            times.push(t.elapsed());
        }
        println!(
            "query {:?} (state {:?}, kind {:?}): {total} hits, median {:.3} ms over 200 runs",
            q.text,
            q.state,
            q.kind.map(|k| k.as_str()),
            median(times).as_secs_f64() * 1e3
        );
    }
}
