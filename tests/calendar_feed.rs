//! The calendar feed server: a body's secret feed address, served over HTTP to calendar
//! applications, read back with an independent iCalendar parser; on SQLite and PostgreSQL.

mod common;

use std::sync::Arc;

use common::{Backend, TestDb};
use icalendar::parser::{read_calendar, unfold};
use quorum::adapters::console::Console;
use quorum::adapters::web::HttpServer;
use quorum::core::clock::VirtualClock;
use quorum::core::engine::{Engine, EngineConfig};
use quorum::scheduler::SchedulerConfig;

/// Runs console lines and returns what Quorum printed.
async fn say(console: &mut Console, lines: &str) -> String {
    let mut output = Vec::new();
    console.run_script(lines.as_bytes(), &mut output, false).await.unwrap();
    String::from_utf8(output).unwrap()
}

/// The feed address in a `meeting feed` reply.
fn address(reply: &str) -> String {
    reply.split_whitespace().find(|w| w.starts_with("http://")).expect("an address").trim_matches('`').to_owned()
}

async fn fetch(url: &str) -> (u16, String, String) {
    let response = reqwest::get(url).await.unwrap();
    let status = response.status().as_u16();
    let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

async fn a_body_feed_is_served_at_its_secret_address(backend: Backend) {
    let db = TestDb::new(backend).await;
    let listener = HttpServer::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let clock = Arc::new(VirtualClock::new(Some(common::at("2026-11-30T08:00:00Z"))));
    let config = EngineConfig { feed_url: Some(format!("{base}/")), ..EngineConfig::default() };
    let engine = Arc::new(Engine::new(db.store().await, clock.clone(), config, quorum::features::registry()));
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let server = tokio::spawn(listener.serve(engine.clone(), async move {
        let _ = stopped.wait_for(|s| *s).await;
    }));
    let mut console = Console::new(engine.clone(), clock, SchedulerConfig::default(), "admin");
    say(
        &mut console,
        "!body create \"Council\" CN\n!body link CN\n!role grant @bob member\n\
         !meeting schedule \"Plenary, budget; Q1\" 2026-12-03 14:00 Europe/Zurich --duration 90m\n\
         !meeting schedule \"Weekly sync\" 2026-12-01 09:00 America/New_York --repeat \"every 2 weeks\"\n\
         !meeting cancel #2 2026-12-15\n",
    )
    .await;
    let reply = say(&mut console, "bob> !meeting feed\n").await;
    assert!(reply.starts_with("[dm:bob]"), "the address is secret: {reply}");
    let url = address(&reply);
    assert!(url.starts_with(&format!("{base}/calendar/")) && url.ends_with(".ics"), "{url}");

    let (status, kind, body) = fetch(&url).await;
    assert_eq!((status, kind.as_str()), (200, "text/calendar; charset=utf-8"));
    let unfolded = unfold(&body);
    let calendar = read_calendar(&unfolded).expect("an iCalendar file");
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    assert_eq!(events.len(), 2, "{body}");
    let value = |event: &icalendar::parser::Component, name: &str| {
        event.properties.iter().find(|p| p.name == name).map(|p| p.val.to_string())
    };
    let titled = |title: &str| *events.iter().find(|e| value(e, "SUMMARY").as_deref() == Some(title)).expect(&body);
    let plenary = titled("Plenary, budget; Q1");
    assert_eq!(value(plenary, "DURATION").as_deref(), Some("PT1H30M"));
    let series = titled("Weekly sync");
    assert_eq!(value(series, "RRULE").as_deref(), Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=9;BYMINUTE=0"));
    assert_eq!(value(series, "EXDATE").as_deref(), Some("20261215T090000"));

    // Changes show at the same address; calendar applications refetch.
    say(&mut console, "!meeting cancel #1\n").await;
    let (_, _, body) = fetch(&url).await;
    assert!(!body.contains("Plenary") && body.contains("Weekly sync"), "{body}");

    // Only staff replace the secret; the old address then answers like any unknown page.
    let refused = say(&mut console, "bob> !meeting feed --reset\n").await;
    assert!(refused.contains('⚠'), "{refused}");
    let reset = say(&mut console, ":as admin\n!meeting feed --reset\n").await;
    let new_url = address(&reset);
    assert_ne!(new_url, url);
    assert_eq!(fetch(&url).await.0, 404);
    assert_eq!(fetch(&new_url).await.0, 200);
    assert_eq!(fetch(&format!("{base}/calendar/../../etc/passwd.ics")).await.0, 404);
    assert_eq!(fetch(&format!("{base}/")).await.0, 404);
    let post = reqwest::Client::new().post(&new_url).send().await.unwrap();
    assert_eq!(post.status().as_u16(), 405);

    stop.send(true).unwrap();
    server.await.unwrap().unwrap();
}

both!(feed, a_body_feed_is_served_at_its_secret_address);

#[tokio::test]
async fn without_calendar_settings_no_feed_is_offered() {
    let db = TestDb::new(Backend::Sqlite).await;
    let clock = Arc::new(VirtualClock::new(Some(common::at("2026-11-30T08:00:00Z"))));
    let engine =
        Arc::new(Engine::new(db.store().await, clock.clone(), EngineConfig::default(), quorum::features::registry()));
    let mut console = Console::new(engine, clock, SchedulerConfig::default(), "admin");
    let reply = say(&mut console, "!body create \"Council\" CN\n!body link CN\n!meeting feed\n").await;
    assert!(reply.contains("⚠ This Quorum serves no calendar feeds"), "{reply}");
    let lobby = say(&mut console, ":room lobby\n!meeting feed\n").await;
    assert!(lobby.contains('⚠'), "a room without a body has no feed: {lobby}");
}
