#![recursion_limit = "256"]
//! The `quorum` command: the console, the bot itself, migrations, benchmarks and vote counts.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};
use tokio::io::BufReader;

use quorum::adapters::console::Console;
use quorum::adapters::discord::{DiscordAdapter, DiscordConfig};
use quorum::adapters::matrix::{MatrixAdapter, MatrixConfig};
use quorum::adapters::web;
use quorum::config::Config;
use quorum::core::actor::Platform;
use quorum::core::clock::SystemClock;
use quorum::core::clock::VirtualClock;
use quorum::core::engine::Engine;
use quorum::scheduler::{Background, Sink};
use quorum::store::Store;

#[derive(Parser)]
#[command(
    name = "quorum",
    version,
    about = "A chat-bot secretariat for member-run bodies, on Matrix and Discord at once"
)]
struct Cli {
    /// Configuration file (default: ./quorum.toml if present).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Chat with Quorum in the terminal (or run a script of lines).
    Console {
        /// SQLite file (or database URL); default: the configured database_url.
        #[arg(long)]
        db: Option<String>,
        /// Run these lines instead of reading the terminal.
        #[arg(long)]
        script: Option<PathBuf>,
        /// Who speaks when a line has no `NAME> ` prefix.
        #[arg(long, default_value = "admin")]
        user: String,
        /// Start the clock at this instant (RFC 3339) instead of real time.
        #[arg(long)]
        now: Option<DateTime<Utc>>,
    },
    /// Run the configured platform adapters.
    Run,
    /// Create or update the database schema.
    Migrate,
    /// Measure performance and print the figures.
    Bench {
        #[command(subcommand)]
        which: quorum::bench::Which,
    },
    /// Count the ballots of a BLT file and print every round.
    Tally {
        /// The ballots, in the BLT format.
        file: PathBuf,
        /// How to count.
        #[arg(long, value_enum, default_value = "stv")]
        method: quorum::tally::Method,
        /// Seats to fill (default: the file's).
        #[arg(long)]
        seats: Option<usize>,
        /// Text whose SHA-256 draws any lot (default: the hash of the ballots themselves).
        #[arg(long)]
        seed: Option<String>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("QUORUM_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    // Counting needs neither the configuration nor the runtime.
    if let Cmd::Tally { file, method, seats, seed, json } = cli.command {
        return tally(&file, quorum::tally::FileOptions { method, seats, seed }, json);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("quorum: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("quorum: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `quorum tally`: the count on standard output; any error on standard error, with code 2.
fn tally(file: &std::path::Path, options: quorum::tally::FileOptions, json: bool) -> ExitCode {
    let count = match quorum::tally::run_file(file, &options) {
        Ok(count) => count,
        Err(e) => {
            eprintln!("quorum tally: {e}");
            return ExitCode::from(2);
        }
    };
    if json {
        match serde_json::to_string_pretty(&count) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("quorum tally: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print!("{}", count.render_text());
    }
    ExitCode::SUCCESS
}

async fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::load(cli.config.as_deref(), std::env::vars())?;
    match cli.command {
        Cmd::Console { db, script, user, now } => {
            let url = db.unwrap_or_else(|| config.database_url.clone());
            let store = Store::connect_and_migrate(&url).await?;
            let clock = Arc::new(VirtualClock::new(now));
            let engine = Arc::new(Engine::new(store, clock.clone(), config.engine()?, quorum::features::registry()));
            let mut console = Console::new(engine.clone(), clock, config.scheduler()?, &user);
            let stdout = tokio::io::stdout();
            match script {
                Some(path) => {
                    let file = tokio::fs::File::open(&path)
                        .await
                        .with_context(|| format!("cannot open {}", path.display()))?;
                    console.run_script(BufReader::new(file), stdout, true).await?;
                }
                None if !std::io::stdin().is_terminal() => {
                    console.run_script(BufReader::new(tokio::io::stdin()), stdout, true).await?;
                }
                None => {
                    eprintln!("Quorum console: type !help; NAME> text speaks as NAME; :quit ends.");
                    console.run_interactive(BufReader::new(tokio::io::stdin()), stdout).await?;
                }
            }
            engine.store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Run => {
            if config.matrix.is_none() && config.discord.is_none() {
                eprintln!(
                    "quorum run: no platform is configured. Add a [matrix] or [discord] section to quorum.toml \
                     (see README, Configuration), or try Quorum in the terminal with `quorum console`."
                );
                return Ok(ExitCode::from(2));
            }
            let matrix = config.matrix.as_ref().map(MatrixConfig::from_table).transpose()?;
            let discord = config.discord.as_ref().map(DiscordConfig::from_table).transpose()?;
            let store = Store::connect_and_migrate(&config.database_url).await?;
            let engine =
                Arc::new(Engine::new(store, Arc::new(SystemClock), config.engine()?, quorum::features::registry()));
            let (stop, stopped) = tokio::sync::watch::channel(false);
            let until_stopped = |mut stopped: tokio::sync::watch::Receiver<bool>| async move {
                let _ = stopped.wait_for(|s| *s).await;
            };
            let mut sinks: Vec<Arc<dyn Sink>> = Vec::new();
            let mut running = tokio::task::JoinSet::new();
            // Health counts an adapter from the start, so one that never connects shows.
            if matrix.is_some() {
                engine.health.adapter_down(Platform::Matrix, "starting");
            }
            if discord.is_some() {
                engine.health.adapter_down(Platform::Discord, "starting");
            }
            // Listening first: /healthz answers while the platforms connect.
            if let Some(http) = &config.http {
                let server = web::HttpServer::bind(&http.listen).await?;
                let (engine, stopped) = (engine.clone(), stopped.clone());
                running
                    .spawn(async move { server.serve(engine, until_stopped(stopped)).await.context("HTTP listener") });
            }
            if let Some(matrix) = matrix {
                let adapter = MatrixAdapter::connect(matrix).await?;
                sinks.push(adapter.sink(engine.clone()));
                let (engine, stopped) = (engine.clone(), stopped.clone());
                running.spawn(async move { adapter.run(engine, until_stopped(stopped)).await.context("Matrix") });
            }
            if let Some(discord) = discord {
                let adapter = DiscordAdapter::connect(discord, &engine).await?;
                let sink = adapter.sink(engine.clone());
                sinks.push(sink.clone());
                let stopped = stopped.clone();
                running.spawn(async move {
                    adapter
                        .run(sink, Arc::new(tokio::sync::Notify::new()), until_stopped(stopped))
                        .await
                        .context("Discord")
                });
            }
            let background = Background::start(engine.clone(), config.scheduler()?, sinks);
            eprintln!("quorum: running; Ctrl-C stops.");
            let result = tokio::select! {
                _ = tokio::signal::ctrl_c() => Ok(()),
                // An adapter (or the HTTP listener) that ends on its own has failed.
                Some(ended) = running.join_next() => ended.context("adapter task").and_then(|r| r),
            };
            let _ = stop.send(true);
            while running.join_next().await.is_some() {}
            background.stop().await;
            engine.store.close().await;
            result?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Migrate => {
            Store::connect_and_migrate(&config.database_url).await?;
            println!("database is up to date");
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Bench { which } => {
            quorum::bench::run(which, &config).await?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Tally { .. } => unreachable!("counted before the runtime starts"),
    }
}
