//! Recounts the 21 Glasgow wards of 2007 by Scottish STV and checks every stage against the
//! independent count in each ward's report, then runs `quorum tally` itself once; and checks
//! properties every count must have on many generated profiles: the order of the ballots does
//! not matter, instant-runoff elects whom single-seat STV elects, Schulze elects the Condorcet
//! winner when there is one, and STV elects every candidate who reaches the quota.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use quorum::tally::{self, Action, Count, FileOptions, Method};

fn wards() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/scotland-2007");
    let mut wards: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the ward files")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "blt"))
        .collect();
    wards.sort();
    wards
}

/// One stage of the report: what it did and everyone's votes at its end.
#[derive(Debug)]
struct Stage {
    /// `begin`, `surplus` or `exclusion`, with the candidate concerned.
    action: (String, String),
    votes: BTreeMap<String, String>,
    non_transferable: String,
}

/// What a report states.
#[derive(Debug, Default)]
struct Report {
    quota: String,
    stages: Vec<Stage>,
    /// Elected on reaching the quota, in order.
    elected_at_quota: Vec<String>,
    /// Elected as the last continuing candidates (no order given).
    elected_remaining: BTreeSet<String>,
}

/// Reads a report: `Action:` lines, then tab-indented `State: name, name (votes)` lines.
fn read_report(text: &str) -> Report {
    let mut report = Report::default();
    // The action whose candidate lines follow, if its figures are a stage's end.
    let mut recording = false;
    for line in text.lines() {
        let body = line.trim();
        if let Some(quota) = body.strip_prefix("Quota: ") {
            report.quota = quota.to_string();
        } else if let Some(action) = line.strip_prefix("Action: ") {
            let (kind, rest) = action.split_once(':').map_or((action, ""), |(k, r)| (k, r.trim_start()));
            // "Surplus transferred: NAME (SURPLUS)" names the candidate before the figure.
            let name = rest.rsplit_once(" (").map_or(rest, |(n, _)| n).to_string();
            recording = true;
            let stage = match kind {
                "Begin Count" => ("begin", String::new()),
                "Surplus transferred" => ("surplus", name),
                "Transfer defeated" => ("exclusion", name),
                other => {
                    recording = false;
                    match other {
                        "Elect, transfer pending" => report.elected_at_quota.push(name),
                        "Elect remaining candidates" => {
                            report.elected_remaining.insert(name);
                        }
                        _ => {}
                    }
                    continue;
                }
            };
            report.stages.push(Stage {
                action: (stage.0.to_string(), stage.1),
                votes: BTreeMap::new(),
                non_transferable: String::new(),
            });
        } else if recording {
            let Some(stage) = report.stages.last_mut() else { continue };
            if let Some(figure) = body.strip_prefix("Nontransferable votes: ") {
                stage.non_transferable = figure.to_string();
                continue;
            }
            let Some((state, rest)) = body.split_once(':') else { continue };
            if !["Hopeful", "Elected", "Pending", "Defeated"].contains(&state) {
                continue;
            }
            let (names, votes) = rest.trim().rsplit_once(" (").expect("NAMES (VOTES)");
            let votes = votes.trim_end_matches(')');
            for name in names.split(", ") {
                stage.votes.insert(name.to_string(), votes.to_string());
            }
        }
    }
    report
}

/// The reports print a name with each run of spaces as one (the BLT file of Canal has
/// "Ellen   Hurcombe"); the count keeps names as the file spells them.
fn as_reported(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// Checks one ward's count against its report; returns how many figures were compared.
fn check_ward(ward: &Path, count: &Count, report: &Report) -> usize {
    let name = ward.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    assert_eq!(count.quota.as_deref(), Some(report.quota.as_str()), "{name}: quota");
    assert_eq!(count.rounds.len(), report.stages.len(), "{name}: number of stages");
    let mut figures = 0;
    let elected: Vec<String> = count.elected.iter().map(|n| as_reported(n)).collect();
    for (round, stage) in count.rounds.iter().zip(&report.stages) {
        let action = match round.action {
            Action::FirstPreferences => ("begin".to_string(), String::new()),
            Action::Surplus => ("surplus".into(), as_reported(&round.transfer.as_ref().expect("a transfer").from)),
            Action::Exclusion => ("exclusion".into(), as_reported(round.eliminated.first().expect("excluded"))),
            other => panic!("{name}: unexpected action {other:?}"),
        };
        assert_eq!(action, stage.action, "{name}: round {}", round.number);
        let votes: BTreeMap<String, String> = round.votes.iter().map(|(n, v)| (as_reported(n), v.clone())).collect();
        assert_eq!(votes, stage.votes, "{name}: votes at round {}", round.number);
        assert_eq!(
            round.exhausted.as_deref(),
            Some(stage.non_transferable.as_str()),
            "{name}: non-transferable at round {}",
            round.number
        );
        figures += votes.len() + 1;
    }
    let elected_set: BTreeSet<&String> = elected.iter().collect();
    let expected: BTreeSet<&String> = report.elected_at_quota.iter().chain(&report.elected_remaining).collect();
    assert_eq!(elected_set, expected, "{name}: elected");
    assert_eq!(count.elected.len(), count.seats, "{name}: every seat filled");
    // Those elected at the quota come first, in the report's order.
    assert_eq!(elected[..report.elected_at_quota.len()], report.elected_at_quota[..], "{name}: order of election");
    figures
}

#[test]
fn every_glasgow_ward_of_2007_matches_its_report_to_the_fifth_decimal() {
    let wards = wards();
    assert_eq!(wards.len(), 21);
    let started = Instant::now();
    let mut figures = 0;
    for ward in &wards {
        let options = FileOptions { method: Method::Stv, seats: None, seed: None };
        let count = tally::run_file(ward, &options).unwrap_or_else(|e| panic!("{e}"));
        let report_path = ward.with_extension("report.txt");
        let report = read_report(&std::fs::read_to_string(&report_path).expect("the report"));
        figures += check_ward(ward, &count, &report);
        // No tie in these wards needed a lot.
        assert!(count.rounds.iter().all(|r| r.ties.is_empty()), "{}", ward.display());
    }
    eprintln!(
        "21 wards read, counted and checked ({figures} figures) in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
}

#[test]
fn quorum_tally_prints_one_json_object() {
    let ward = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/scotland-2007/Anderston-City-2007.blt");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_quorum"))
        .args(["tally", "--method", "stv", "--json"])
        .arg(&ward)
        .output()
        .expect("quorum runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(json["method"], "stv");
    assert_eq!(json["seats"], 4);
    assert_eq!(json["quota"], "1381.00000");
    assert_eq!(json["elected"], serde_json::json!(["Craig MacKay", "Philip Braat", "Nina Baker", "Gordon Matheson"]));
    let rounds = json["rounds"].as_array().expect("rounds");
    assert_eq!(rounds.len(), 8);
    assert_eq!(rounds[1]["action"], "surplus");
    assert_eq!(rounds[1]["votes"]["Nina Baker"], "927.98248");
    assert_eq!(rounds[1]["exhausted"], "73.20404");
    assert_eq!(rounds[2]["eliminated"], serde_json::json!(["Dave Holladay"]));

    // An unreadable file: exit code 2 and a message naming the line.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let bad = dir.path().join("bad.blt");
    std::fs::write(&bad, "3 1\n1 1 = 2 0\n0\n").expect("written");
    let output =
        std::process::Command::new(env!("CARGO_BIN_EXE_quorum")).arg("tally").arg(&bad).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.blt: line 2: equal rankings"), "{stderr}");
    assert!(output.stdout.is_empty());
}

/// Generated profiles: 3 to 7 candidates, 1 to 60 ballots of 1 to all of them, some weighted,
/// from a fixed seed so that a failure is found again.
fn generated(count: usize, seats: impl Fn(usize) -> usize) -> Vec<tally::Profile> {
    use rand::seq::SliceRandom;
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(2007);
    (0..count)
        .map(|_| {
            let n = rng.random_range(3..=7);
            let names: Vec<String> = (0..n).map(|i| format!("C{i}")).collect();
            let ballots = (0..rng.random_range(1..=60))
                .map(|_| {
                    let mut order: Vec<usize> = (0..n).collect();
                    order.shuffle(&mut rng);
                    order.truncate(rng.random_range(1..=n));
                    tally::Ballot::ranked(if rng.random_bool(0.2) { rng.random_range(2..=5) } else { 1 }, order)
                })
                .collect();
            tally::Profile::new("generated", names, seats(n), ballots).expect("a valid profile")
        })
        .collect()
}

fn count(profile: &tally::Profile, method: Method) -> Count {
    tally::count(profile, method, &tally::Seed::from_text("properties")).expect("counted")
}

#[test]
fn the_order_of_the_ballots_does_not_change_any_count() {
    use rand::SeedableRng;
    use rand::seq::SliceRandom;
    let mut rng = rand::rngs::StdRng::seed_from_u64(45);
    for profile in generated(150, |n| 1 + n % 3) {
        let mut ballots = profile.ballots().to_vec();
        ballots.shuffle(&mut rng);
        let shuffled =
            tally::Profile::new("generated", profile.candidates().to_vec(), profile.seats(), ballots).expect("valid");
        for method in [Method::Plurality, Method::Approval, Method::Stv, Method::Schulze] {
            assert_eq!(count(&profile, method), count(&shuffled, method), "{method:?}");
        }
        let single = profile.clone().with_seats(1).expect("one seat");
        let single_shuffled = shuffled.clone().with_seats(1).expect("one seat");
        assert_eq!(count(&single, Method::Irv), count(&single_shuffled, Method::Irv));
    }
}

#[test]
fn instant_runoff_elects_whom_single_seat_stv_elects() {
    let mut compared = 0;
    for profile in generated(300, |_| 1) {
        let irv = count(&profile, Method::Irv);
        let stv = count(&profile, Method::Stv);
        // A tie may be drawn differently (the two count different rounds); otherwise they agree.
        if irv.rounds.iter().chain(&stv.rounds).all(|r| r.ties.is_empty()) {
            assert_eq!(irv.elected, stv.elected, "{}", tally::blt::write(&profile));
            compared += 1;
        }
    }
    assert!(compared > 150, "only {compared} profiles without ties");
}

#[test]
fn schulze_elects_the_condorcet_winner_when_there_is_one() {
    let mut found = 0;
    for profile in generated(300, |_| 1) {
        let n = profile.candidates().len();
        // Ranked candidates beat those a ballot leaves out, as Schulze reads a ballot.
        let beats = |a: usize, b: usize| -> u64 {
            profile
                .ballots()
                .iter()
                .filter(|ballot| {
                    let at = |c| ballot.ranking.iter().position(|x| *x == c).unwrap_or(usize::MAX);
                    at(a) < at(b)
                })
                .map(|ballot| ballot.weight)
                .sum()
        };
        let winner = (0..n).find(|&a| (0..n).all(|b| a == b || beats(a, b) > beats(b, a)));
        if let Some(winner) = winner {
            found += 1;
            assert_eq!(count(&profile, Method::Schulze).elected, [profile.candidates()[winner].clone()]);
        }
    }
    assert!(found > 100, "only {found} profiles with a Condorcet winner");
}

#[test]
fn stv_elects_every_candidate_who_reaches_the_quota() {
    for profile in generated(200, |n| 1 + n % 3) {
        let stv = count(&profile, Method::Stv);
        let quota: f64 = stv.quota.as_deref().expect("a quota").parse().expect("a number");
        for round in &stv.rounds {
            for (name, votes) in &round.votes {
                if votes.parse::<f64>().expect("a number") >= quota {
                    assert!(stv.elected.contains(name), "{name} reached the quota in round {}", round.number);
                }
            }
        }
        assert_eq!(stv.elected.len(), profile.seats());
    }
}
