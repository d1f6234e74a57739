//! Proves the Discord fake against real clients: serenity's `Http` and `Client`, a raw WebSocket
//! client for the gateway protocol's details, and serenity's interactions-endpoint `Verifier`.

mod fake_discord;

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use fake_discord::{FakeDiscord, Signature};
use futures_util::{SinkExt, StreamExt};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use serenity::all::{
    ApplicationId, Channel, ChannelId, ClientBuilder, Command, CommandOptionType, CommandType, Context,
    CreateAutocompleteResponse, CreateCommand, CreateCommandOption, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage, CreateScheduledEvent,
    EditInteractionResponse, EditScheduledEvent, EventHandler, GatewayIntents, GuildId, Http, HttpBuilder, HttpError,
    Interaction, Message, MessageFlags, Nonce, Ready, RoleId, ScheduledEventType, Timestamp, UserId, Verifier,
};
use serenity::model::event::{Event, GatewayEvent, ResumedEvent};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as WsMessage;

const WAIT: Duration = Duration::from_secs(15);
const ADA: u64 = 1_100_000_000_000_000_100;

fn fake_http(fake: &FakeDiscord) -> Http {
    HttpBuilder::new(FakeDiscord::TOKEN)
        .proxy(fake.base_url())
        .ratelimiter_disabled(true)
        .application_id(ApplicationId::new(FakeDiscord::APPLICATION_ID))
        .build()
}

/// (HTTP status, Discord error code, "path: code" of each form error) of a failed serenity call.
fn discord_error<T: std::fmt::Debug>(result: serenity::Result<T>) -> (u16, isize, Vec<String>) {
    match result {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(response))) => (
            response.status_code.as_u16(),
            response.error.code,
            response.error.errors.iter().map(|e| format!("{}: {}", e.path, e.code)).collect(),
        ),
        other => panic!("expected an error answer from the fake, got {other:?}"),
    }
}

fn has_error_at(errors: &[String], path: &str) -> bool {
    errors.iter().any(|e| e.split(": ").next() == Some(path))
}

#[tokio::test]
async fn rest_answers_deserialize_in_serenity() {
    let fake = FakeDiscord::start().await;
    let http = fake_http(&fake);

    let me = http.get_current_user().await.expect("current user");
    assert_eq!(me.id.get(), FakeDiscord::BOT_USER_ID);
    assert!(me.bot);
    assert_eq!(me.name, "quorum");
    let app = http.get_current_application_info().await.expect("application info");
    assert_eq!(app.id.get(), FakeDiscord::APPLICATION_ID);
    assert!(app.owner.is_some());
    assert_eq!(app.verify_key, fake.public_key_hex());
    assert_eq!(http.get_gateway().await.expect("gateway").url, fake.gateway_url());
    assert_eq!(http.get_bot_gateway().await.expect("bot gateway").shards, 1);

    let channel = ChannelId::new(FakeDiscord::CHANNEL_ID);
    let sent = channel.send_message(&http, CreateMessage::new().content("hello")).await.expect("send");
    assert_eq!(sent.author.id.get(), FakeDiscord::BOT_USER_ID);
    assert_eq!(sent.content, "hello");
    let recorded = fake.wait_request(WAIT, |r| r.method == "POST" && r.path.ends_with("/messages")).await;
    assert_eq!(recorded.path, format!("/api/v10/channels/{}/messages", FakeDiscord::CHANNEL_ID));
    assert_eq!(recorded.body["content"], "hello");
    assert_eq!(recorded.status, 200);
    assert!(matches!(http.get_channel(channel).await.expect("channel"), Channel::Guild(_)));

    let too_long = http.send_message(channel, vec![], &json!({ "content": "x".repeat(2001) })).await;
    let (status, code, errors) = discord_error(too_long);
    assert_eq!((status, code), (400, 50035));
    assert!(has_error_at(&errors, "content"), "{errors:?}");
    let (status, code, _) = discord_error(http.send_message(channel, vec![], &json!({ "content": "" })).await);
    assert_eq!((status, code), (400, 50006));

    let once = || CreateMessage::new().content("once").nonce(Nonce::String("ballot-1".into())).enforce_nonce(true);
    let first = channel.send_message(&http, once()).await.expect("first send");
    let second = channel.send_message(&http, once()).await.expect("repeated send");
    assert_eq!(first.id, second.id, "a repeated enforced nonce returns the first message");
    let contents: Vec<Value> = fake.messages(FakeDiscord::CHANNEL_ID).iter().map(|m| m["content"].clone()).collect();
    assert_eq!(contents, vec![json!("hello"), json!("once")]);

    let dm = UserId::new(ADA).create_dm_channel(&http).await.expect("dm");
    let again = UserId::new(ADA).create_dm_channel(&http).await.expect("dm again");
    assert_eq!(dm.id, again.id);
    assert_eq!(fake.dm_channel_id(ADA), Some(dm.id.get()));
    dm.id.send_message(&http, CreateMessage::new().content("psst")).await.expect("dm message");
    assert_eq!(fake.messages(dm.id.get()).len(), 1);
    let unknown = ChannelId::new(42_000_000_000_000_000).send_message(&http, CreateMessage::new().content("x")).await;
    assert_eq!(discord_error(unknown).1, 10003);

    let guild = GuildId::new(FakeDiscord::GUILD_ID);
    http.add_member_role(guild, UserId::new(ADA), RoleId::new(77), None).await.expect("grant");
    http.add_member_role(guild, UserId::new(ADA), RoleId::new(78), None).await.expect("grant");
    http.remove_member_role(guild, UserId::new(ADA), RoleId::new(77), None).await.expect("revoke");
    assert_eq!(fake.member_roles(ADA), vec![78]);
    let member = guild.member(&http, UserId::new(ADA)).await.expect("member");
    assert_eq!(member.roles, vec![RoleId::new(78)]);

    let missing = fake.raw_request("GET", "/api/v10/nowhere/at/all", None).await;
    assert_eq!((missing.status, missing.body["code"].clone()), (404, json!(0)));
    assert_eq!(
        fake.requests().last().map(|r| (r.path.clone(), r.status)),
        Some(("/api/v10/nowhere/at/all".into(), 404))
    );

    let stranger = HttpBuilder::new("not-the-token").proxy(fake.base_url()).ratelimiter_disabled(true).build();
    assert_eq!(discord_error(stranger.get_current_user().await).0, 401);
}

#[tokio::test]
async fn rate_limits_answer_429_with_discords_headers() {
    let fake = FakeDiscord::start().await;
    let http = fake_http(&fake);
    let channel = ChannelId::new(FakeDiscord::CHANNEL_ID);

    fake.rate_limit("/channels", 1, 1.5, false);
    let (status, _, _) = discord_error(channel.send_message(&http, CreateMessage::new().content("a")).await);
    assert_eq!(status, 429);
    channel.send_message(&http, CreateMessage::new().content("b")).await.expect("limit used up");

    let path = format!("/api/v10/channels/{}/messages", FakeDiscord::CHANNEL_ID);
    fake.rate_limit(&path, 1, 2.5, false);
    let limited = fake.raw_request("POST", &path, Some(&json!({ "content": "c" }))).await;
    assert_eq!(limited.status, 429);
    assert_eq!(limited.body["retry_after"], json!(2.5));
    assert_eq!(limited.body["global"], json!(false));
    assert_eq!(limited.header("retry-after"), Some("3"));
    assert_eq!(limited.header("x-ratelimit-scope"), Some("user"));
    assert_eq!(limited.header("x-ratelimit-remaining"), Some("0"));
    assert!(limited.header("x-ratelimit-global").is_none());

    fake.rate_limit("/users/@me", 1, 0.25, true);
    let global = fake.raw_request("GET", "/api/v10/users/@me", None).await;
    assert_eq!(global.status, 429);
    assert_eq!(global.body["global"], json!(true));
    assert_eq!(global.header("x-ratelimit-global"), Some("true"));
    assert_eq!(global.header("x-ratelimit-scope"), Some("global"));

    let fine = fake.raw_request("GET", "/api/v10/users/@me", None).await;
    assert_eq!(fine.status, 200);
    for header in ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-reset-after"] {
        assert!(fine.header(header).is_some(), "missing {header}");
    }
    assert_eq!(fine.header("x-ratelimit-bucket").map(str::len), Some(32));
    let statuses: Vec<u16> = fake.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![429, 200, 429, 429, 200]);
}

fn valid_commands() -> Vec<CreateCommand> {
    vec![
        CreateCommand::new("motion")
            .description("Work with motions")
            .name_localized("de", "antrag")
            .description_localized("de", "Mit Anträgen arbeiten")
            .add_option(
                CreateCommandOption::new(CommandOptionType::SubCommand, "propose", "Propose a motion")
                    .add_sub_option(
                        CreateCommandOption::new(CommandOptionType::String, "text", "Motion text").required(true),
                    )
                    .add_sub_option(
                        CreateCommandOption::new(CommandOptionType::Integer, "majority", "Votes needed")
                            .add_int_choice("half", 50)
                            .add_int_choice("two-thirds", 67),
                    ),
            )
            .add_option(CreateCommandOption::new(CommandOptionType::SubCommand, "list", "List open motions")),
        CreateCommand::new("Report message").kind(CommandType::Message),
    ]
}

#[tokio::test]
async fn command_registration_is_validated_like_discord() {
    let fake = FakeDiscord::start().await;
    let http = fake_http(&fake);

    let too_long = vec![CreateCommand::new("vote").description("x".repeat(101))];
    let (status, code, errors) = discord_error(Command::set_global_commands(&http, too_long).await);
    assert_eq!((status, code), (400, 50035));
    assert!(has_error_at(&errors, "0.description"), "{errors:?}");
    let undescribed = vec![CreateCommand::new("vote")];
    assert!(has_error_at(&discord_error(Command::set_global_commands(&http, undescribed).await).2, "0.description"));
    assert!(fake.commands(None).is_empty());

    let registered = Command::set_global_commands(&http, valid_commands()).await.expect("valid commands");
    assert_eq!(registered.len(), 2);
    assert!(registered.iter().all(|c| c.application_id.get() == FakeDiscord::APPLICATION_ID));
    assert_eq!(registered[0].options[0].options.len(), 2);
    assert_eq!(fake.commands(None).len(), 2);
    let again = Command::set_global_commands(&http, valid_commands()).await.expect("same commands");
    let ids = |cs: &[Command]| cs.iter().map(|c| (c.id, c.version)).collect::<Vec<_>>();
    assert_eq!(ids(&registered), ids(&again), "overwriting with the same set keeps ids and versions");
    let listed = http.get_global_commands().await.expect("list");
    assert_eq!(listed.len(), 2);
    let guild = GuildId::new(FakeDiscord::GUILD_ID);
    let in_guild = guild.set_commands(&http, valid_commands()).await.expect("guild commands");
    assert_eq!(in_guild[0].guild_id, Some(guild));
    assert_eq!(fake.commands(Some(FakeDiscord::GUILD_ID)).len(), 2);

    let option = |kind: u64, name: &str, required: bool| json!({ "type": kind, "name": name, "description": "d", "required": required });
    let choices: Vec<Value> = (0..26).map(|i| json!({ "name": format!("c{i}"), "value": format!("v{i}") })).collect();
    let many: Vec<Value> = (0..101).map(|i| json!({ "name": format!("c{i}"), "description": "d" })).collect();
    let cases = [
        (json!([{ "name": "Vote", "description": "d" }]), "0.name"),
        (json!([{ "name": "vote now", "description": "d" }]), "0.name"),
        (
            json!([{ "name": "vote", "description": "d", "options": [option(3, "a", false), option(3, "b", true)] }]),
            "0.options.1.required",
        ),
        (
            json!([{ "name": "vote", "description": "d", "options": [{ "type": 3, "name": "a", "description": "d", "choices": choices }] }]),
            "0.options.0.choices",
        ),
        (
            json!([{ "name": "vote", "description": "d", "options": [option(1, "sub", false), option(3, "a", false)] }]),
            "0.options",
        ),
        (
            json!([{ "name": "vote", "description": "d", "options": [{ "type": 2, "name": "g", "description": "d", "options": [option(3, "a", false)] }] }]),
            "0.options.0.options.0.type",
        ),
        (
            json!([{ "name": "vote", "description": "d", "name_localizations": { "xx": "abstimmen" } }]),
            "0.name_localizations.xx",
        ),
        (
            json!([{ "name": "vote", "description": "d", "description_localizations": { "de": "x".repeat(101) } }]),
            "0.description_localizations.de",
        ),
        (json!([{ "name": "vote", "description": "d" }, { "name": "vote", "description": "e" }]), "1.name"),
        (json!(many), ""),
    ];
    for (body, path) in cases {
        let (status, code, errors) = discord_error(http.create_global_commands(&body).await);
        assert_eq!((status, code), (400, 50035), "{body}");
        assert!(has_error_at(&errors, path), "expected an error at {path:?} for {body}, got {errors:?}");
    }
    assert_eq!(fake.commands(None).len(), 2, "rejected sets leave the registered commands alone");
}

#[tokio::test]
async fn scheduled_events_are_validated_and_stored() {
    let fake = FakeDiscord::start().await;
    let http = fake_http(&fake);
    let guild = GuildId::new(FakeDiscord::GUILD_ID);
    let start = chrono::Utc::now() + chrono::Duration::days(2);

    let event = CreateScheduledEvent::new(ScheduledEventType::External, "General assembly", Timestamp::from(start))
        .location("Town hall")
        .end_time(Timestamp::from(start + chrono::Duration::hours(2)))
        .description("Annual meeting");
    let created = guild.create_scheduled_event(&http, event).await.expect("create event");
    assert_eq!(created.name, "General assembly");
    assert_eq!(created.metadata.as_ref().and_then(|m| m.location.clone()).as_deref(), Some("Town hall"));
    let edited = guild
        .edit_scheduled_event(&http, created.id, EditScheduledEvent::new().name("Extraordinary assembly"))
        .await
        .expect("edit event");
    assert_eq!(edited.name, "Extraordinary assembly");
    assert_eq!(fake.scheduled_events().len(), 1);

    let past = chrono::Utc::now() - chrono::Duration::hours(1);
    let in_past = CreateScheduledEvent::new(ScheduledEventType::External, "Late", Timestamp::from(past))
        .location("Hall")
        .end_time(Timestamp::from(start));
    let (_, code, errors) = discord_error(guild.create_scheduled_event(&http, in_past).await);
    assert_eq!(code, 50035);
    assert!(has_error_at(&errors, "scheduled_start_time"), "{errors:?}");
    let no_end =
        CreateScheduledEvent::new(ScheduledEventType::External, "Open end", Timestamp::from(start)).location("Hall");
    assert!(has_error_at(&discord_error(guild.create_scheduled_event(&http, no_end).await).2, "scheduled_end_time"));

    guild.delete_scheduled_event(&http, created.id).await.expect("delete event");
    assert!(fake.scheduled_events().is_empty());
}

#[tokio::test]
async fn interaction_builders_deserialize_in_serenity() {
    let fake = FakeDiscord::start().await;
    let data = json!({ "name": "vote", "options": [{ "type": 6, "name": "proxy", "value": ADA.to_string() }] });
    let command = fake.command_interaction(ADA, "Ada Lovelace", &[77, 78], data);
    let Interaction::Command(command) = serde_json::from_value(command).expect("command interaction") else {
        panic!("not a command interaction");
    };
    assert_eq!(command.user.global_name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(command.member.as_ref().map(|m| m.roles.clone()), Some(vec![RoleId::new(77), RoleId::new(78)]));
    assert_eq!(command.data.name, "vote");
    assert!(command.data.resolved.users.contains_key(&UserId::new(ADA)));

    let button = fake.button_interaction(ADA, "Ada Lovelace", "ballot:yes");
    let Interaction::Component(button) = serde_json::from_value(button).expect("component interaction") else {
        panic!("not a component interaction");
    };
    assert_eq!(button.data.custom_id, "ballot:yes");
    assert_eq!(button.message.author.id.get(), FakeDiscord::BOT_USER_ID);
    assert_eq!(button.member.as_ref().map(|m| m.roles.len()), Some(2), "roles are remembered per user");

    let modal = fake.modal_interaction(ADA, "Ada Lovelace", "amend", &[("text", "New wording"), ("why", "Clarity")]);
    let Interaction::Modal(modal) = serde_json::from_value(modal).expect("modal interaction") else {
        panic!("not a modal interaction");
    };
    assert_eq!(modal.data.custom_id, "amend");
    assert_eq!(modal.data.components.len(), 2);

    let focused =
        json!({ "name": "vote", "options": [{ "type": 3, "name": "motion", "value": "bud", "focused": true }] });
    let autocomplete = fake.autocomplete_interaction(ADA, "Ada Lovelace", focused);
    assert!(matches!(serde_json::from_value(autocomplete).expect("autocomplete"), Interaction::Autocomplete(_)));
}

enum Seen {
    Ready(Box<Ready>),
    Interaction(Box<Interaction>),
    Message(Box<Message>),
    Resumed,
}

struct Forward(mpsc::UnboundedSender<Seen>);

#[serenity::async_trait]
impl EventHandler for Forward {
    async fn ready(&self, _: Context, ready: Ready) {
        let _ = self.0.send(Seen::Ready(Box::new(ready)));
    }

    async fn interaction_create(&self, _: Context, interaction: Interaction) {
        let _ = self.0.send(Seen::Interaction(Box::new(interaction)));
    }

    async fn message(&self, _: Context, message: Message) {
        let _ = self.0.send(Seen::Message(Box::new(message)));
    }

    async fn resume(&self, _: Context, _: ResumedEvent) {
        let _ = self.0.send(Seen::Resumed);
    }
}

async fn next<T>(events: &mut mpsc::UnboundedReceiver<Seen>, mut pick: impl FnMut(Seen) -> Option<T>) -> T {
    let found = tokio::time::timeout(WAIT, async {
        loop {
            let seen = events.recv().await.expect("event handler gone");
            if let Some(found) = pick(seen) {
                return found;
            }
        }
    })
    .await;
    found.expect("expected event did not arrive")
}

async fn next_interaction(events: &mut mpsc::UnboundedReceiver<Seen>) -> Interaction {
    next(events, |seen| match seen {
        Seen::Interaction(interaction) => Some(*interaction),
        _ => None,
    })
    .await
}

#[tokio::test]
async fn serenity_client_session_interactions_and_resume() {
    let fake = FakeDiscord::start().await;
    let http = Arc::new(fake_http(&fake));
    let (sender, mut events) = mpsc::unbounded_channel();
    let intents = GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES;
    let mut client =
        ClientBuilder::new_with_http(fake_http(&fake), intents).event_handler(Forward(sender)).await.expect("client");
    let shards = client.shard_manager.clone();
    let running = tokio::spawn(async move { client.start().await });

    fake.wait_connected(WAIT).await;
    let ready = next(&mut events, |seen| match seen {
        Seen::Ready(ready) => Some(ready),
        _ => None,
    })
    .await;
    assert_eq!(ready.user.id.get(), FakeDiscord::BOT_USER_ID);
    assert_eq!(ready.guilds[0].id.get(), FakeDiscord::GUILD_ID);
    assert_eq!(ready.application.id.get(), FakeDiscord::APPLICATION_ID);
    assert_eq!(fake.gateway_queries(), vec!["v=10".to_owned()]);
    assert_eq!(fake.last_identify().map(|d| d["intents"].clone()), Some(json!(intents.bits())));

    // The bot sees its own messages come back over the gateway.
    let sent = ChannelId::new(FakeDiscord::CHANNEL_ID)
        .send_message(&http, CreateMessage::new().content("agenda"))
        .await
        .expect("send");
    let echoed = next(&mut events, |seen| match seen {
        Seen::Message(message) => Some(message),
        _ => None,
    })
    .await;
    assert_eq!((echoed.id, echoed.author.bot), (sent.id, true));

    let data = json!({ "name": "vote", "options": [{ "type": 3, "name": "choice", "value": "yes" }] });
    fake.dispatch_interaction(fake.command_interaction(ADA, "Ada", &[78], data)).await;
    let Interaction::Command(command) = next_interaction(&mut events).await else {
        panic!("expected a command");
    };
    assert_eq!(command.user.global_name.as_deref(), Some("Ada"));
    let defer = CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true));
    command.create_response(&http, defer.clone()).await.expect("deferral");
    let (status, code, _) = discord_error(command.create_response(&http, defer).await);
    assert_eq!((status, code), (400, 40060));
    let first = command
        .create_followup(&http, CreateInteractionResponseFollowup::new().content("Counted."))
        .await
        .expect("first follow-up");
    assert!(first.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL)), "the deferral's ephemerality wins");
    let original = command.get_response(&http).await.expect("original");
    assert_eq!((original.id, original.content.as_str()), (first.id, "Counted."));
    let second = command
        .create_followup(&http, CreateInteractionResponseFollowup::new().content("Also this.").ephemeral(true))
        .await
        .expect("second follow-up");
    assert_ne!(second.id, first.id);
    let edited = command.edit_response(&http, EditInteractionResponse::new().content("Final.")).await.expect("edit");
    assert_eq!(edited.content, "Final.");
    let from_interaction: Vec<Value> = fake
        .messages(FakeDiscord::CHANNEL_ID)
        .into_iter()
        .filter(|m| m["interaction_metadata"]["id"] == json!(command.id.to_string()))
        .collect();
    assert_eq!(from_interaction.len(), 2);
    assert!(from_interaction.iter().all(|m| m["flags"].as_u64().is_some_and(|f| f & 64 != 0)));

    fake.dispatch_interaction(fake.button_interaction(ADA, "Ada", "ballot:yes")).await;
    let Interaction::Component(button) = next_interaction(&mut events).await else {
        panic!("expected a component interaction");
    };
    let update = CreateInteractionResponse::UpdateMessage(CreateInteractionResponseMessage::new().content("1 vote"));
    button.create_response(&http, update).await.expect("update message");

    fake.dispatch_interaction(fake.modal_interaction(ADA, "Ada", "amend", &[("text", "New wording")])).await;
    let Interaction::Modal(modal) = next_interaction(&mut events).await else {
        panic!("expected a modal submission");
    };
    modal.create_response(&http, CreateInteractionResponse::Acknowledge).await.expect("acknowledge");

    let focused =
        json!({ "name": "vote", "options": [{ "type": 3, "name": "choice", "value": "y", "focused": true }] });
    fake.dispatch_interaction(fake.autocomplete_interaction(ADA, "Ada", focused)).await;
    let Interaction::Autocomplete(autocomplete) = next_interaction(&mut events).await else {
        panic!("expected an autocomplete request");
    };
    let choices = CreateAutocompleteResponse::new().add_string_choice("yes", "yes");
    autocomplete.create_response(&http, CreateInteractionResponse::Autocomplete(choices)).await.expect("choices");

    // A dropped connection resumes, and what was dispatched meanwhile is replayed.
    fake.drop_gateway();
    let data = json!({ "name": "vote", "options": [] });
    let late = fake.command_interaction(ADA, "Ada", &[], data);
    let late_id = late["id"].as_str().map(str::to_owned);
    fake.dispatch_interaction(late).await;
    // serenity runs each handler call in its own task, so RESUMED may overtake the replay.
    let (mut replayed, mut resumed) = (None, false);
    while replayed.is_none() || !resumed {
        match next(&mut events, |seen| matches!(seen, Seen::Interaction(_) | Seen::Resumed).then_some(seen)).await {
            Seen::Interaction(interaction) => replayed = Some(*interaction),
            _ => resumed = true,
        }
    }
    let replayed = replayed.expect("replayed interaction");
    assert_eq!(Some(replayed.id().to_string()), late_id);
    assert_eq!((fake.identify_count(), fake.resume_count()), (1, 1));
    let Interaction::Command(replayed) = replayed else {
        panic!("expected a command");
    };
    let reply = CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content("Noted."));
    replayed.create_response(&http, reply).await.expect("answer within the window after the replay");

    // Discord forgets an interaction not answered within 3 seconds.
    fake.dispatch_interaction(fake.command_interaction(ADA, "Ada", &[], json!({ "name": "vote" }))).await;
    let Interaction::Command(slow) = next_interaction(&mut events).await else {
        panic!("expected a command");
    };
    tokio::time::sleep(Duration::from_millis(3200)).await;
    let reply = CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content("Too late."));
    let (status, code, _) = discord_error(slow.create_response(&http, reply).await);
    assert_eq!((status, code), (404, 10062));

    shards.shutdown_all().await;
    let _ = tokio::time::timeout(WAIT, running).await;
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(fake: &FakeDiscord, query: &str) -> Socket {
    // The "/" matters: tungstenite's client sends an authority-only URL's query as a malformed path.
    let (socket, _) =
        tokio_tungstenite::connect_async(format!("{}/{query}", fake.gateway_url())).await.expect("gateway connection");
    socket
}

async fn receive(socket: &mut Socket) -> WsMessage {
    tokio::time::timeout(WAIT, socket.next()).await.expect("gateway frame in time").expect("open").expect("frame")
}

async fn receive_json(socket: &mut Socket) -> Value {
    match receive(socket).await {
        WsMessage::Text(text) => serde_json::from_str(&text).expect("JSON frame"),
        other => panic!("expected a text frame, got {other:?}"),
    }
}

async fn send_json(socket: &mut Socket, payload: Value) {
    socket.send(WsMessage::Text(payload.to_string())).await.expect("send frame");
}

fn close_code(message: WsMessage) -> u16 {
    match message {
        WsMessage::Close(Some(frame)) => u16::from(frame.code),
        other => panic!("expected a close frame, got {other:?}"),
    }
}

fn identify(token: &str) -> Value {
    json!({ "op": 2, "d": {
        "token": token,
        "intents": 1 | (1 << 9),
        "properties": { "os": "linux", "browser": "test", "device": "test" },
        "shard": [0, 1],
    }})
}

#[tokio::test]
async fn gateway_protocol_frames_match_serenity_models() {
    let fake = FakeDiscord::start().await;

    let mut socket = connect(&fake, "?v=10&encoding=json").await;
    let hello = receive_json(&mut socket).await;
    assert!(matches!(serde_json::from_value(hello).expect("hello"), GatewayEvent::Hello(41_250)));
    send_json(&mut socket, identify("wrong")).await;
    assert_eq!(close_code(receive(&mut socket).await), 4004);

    let mut unversioned = connect(&fake, "").await;
    receive_json(&mut unversioned).await;
    assert_eq!(close_code(receive(&mut unversioned).await), 4012);

    let mut socket = connect(&fake, "?v=10&encoding=json").await;
    receive_json(&mut socket).await;
    send_json(&mut socket, identify(&format!("Bot {}", FakeDiscord::TOKEN))).await;
    let ready = receive_json(&mut socket).await;
    let session_id = ready["d"]["session_id"].as_str().expect("session id").to_owned();
    let GatewayEvent::Dispatch(1, Event::Ready(ready)) = serde_json::from_value(ready).expect("ready") else {
        panic!("expected READY as dispatch 1");
    };
    assert_eq!(ready.ready.resume_gateway_url, fake.gateway_url());
    let guild = receive_json(&mut socket).await;
    let GatewayEvent::Dispatch(2, Event::GuildCreate(guild)) = serde_json::from_value(guild).expect("guild") else {
        panic!("expected GUILD_CREATE as dispatch 2");
    };
    assert!(guild.guild.channels.contains_key(&ChannelId::new(FakeDiscord::CHANNEL_ID)));
    assert_eq!(guild.guild.roles.len(), 1);

    send_json(&mut socket, json!({ "op": 1, "d": 2 })).await;
    let ack = receive_json(&mut socket).await;
    assert!(matches!(serde_json::from_value(ack).expect("ack"), GatewayEvent::HeartbeatAck));

    fake.dispatch_interaction(fake.command_interaction(ADA, "Ada", &[], json!({ "name": "vote" }))).await;
    let created = receive_json(&mut socket).await;
    let GatewayEvent::Dispatch(3, Event::InteractionCreate(_)) = serde_json::from_value(created).expect("interaction")
    else {
        panic!("expected INTERACTION_CREATE as dispatch 3");
    };
    drop(socket);
    fake.dispatch_interaction(fake.command_interaction(ADA, "Ada", &[], json!({ "name": "vote" }))).await;

    let mut stranger = connect(&fake, "?v=10").await;
    receive_json(&mut stranger).await;
    let wrong = json!({ "op": 6, "d": { "token": FakeDiscord::TOKEN, "session_id": "nope", "seq": 2 } });
    send_json(&mut stranger, wrong).await;
    assert_eq!(receive_json(&mut stranger).await, json!({ "op": 9, "d": false, "s": null, "t": null }));
    drop(stranger);

    let mut resumed = connect(&fake, "?v=10").await;
    receive_json(&mut resumed).await;
    let resume = json!({ "op": 6, "d": { "token": FakeDiscord::TOKEN, "session_id": session_id, "seq": 2 } });
    send_json(&mut resumed, resume).await;
    let mut replayed = Vec::new();
    for _ in 0..3 {
        let frame = receive_json(&mut resumed).await;
        replayed.push((frame["s"].as_u64(), frame["t"].as_str().map(str::to_owned)));
    }
    let interaction = Some("INTERACTION_CREATE".to_owned());
    assert_eq!(
        replayed,
        vec![(Some(3), interaction.clone()), (Some(4), interaction), (Some(5), Some("RESUMED".into()))]
    );
    assert_eq!((fake.identify_count(), fake.resume_count()), (1, 1));
}

#[tokio::test]
async fn signed_posts_verify_with_serenitys_verifier() {
    let fake = FakeDiscord::start().await;
    let verifier = Verifier::new(&fake.public_key_hex());
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind endpoint");
    let endpoint = format!("http://{}/interactions", listener.local_addr().expect("address"));
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { return };
            let verifier = verifier.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let verifier = verifier.clone();
                    async move {
                        let header = |name: &str| {
                            request.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned()
                        };
                        let (signature, timestamp) = (header("x-signature-ed25519"), header("x-signature-timestamp"));
                        let body = request.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                        let (status, answer) = if verifier.verify(&signature, &timestamp, &body).is_err() {
                            (401, json!({ "error": "invalid request signature" }))
                        } else {
                            let interaction: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                            match interaction["type"].as_u64() {
                                Some(1) => (200, json!({ "type": 1 })),
                                _ => (200, json!({ "type": 4, "data": { "content": "pong" } })),
                            }
                        };
                        let response = hyper::Response::builder()
                            .status(status)
                            .header("content-type", "application/json")
                            .body(Full::new(Bytes::from(answer.to_string())))
                            .expect("response");
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });

    let ping = json!({ "id": "1100000000000000900", "application_id": FakeDiscord::APPLICATION_ID.to_string(),
                       "type": 1, "token": "ping-token", "version": 1 });
    assert_eq!(fake.post_interaction(&endpoint, &ping, Signature::Valid).await, (200, json!({ "type": 1 })));
    assert_eq!(fake.post_interaction(&endpoint, &ping, Signature::Invalid).await.0, 401);
    assert_eq!(fake.post_interaction(&endpoint, &ping, Signature::Missing).await.0, 401);

    let command = fake.command_interaction(ADA, "Ada", &[], json!({ "name": "vote" }));
    let (status, answer) = fake.post_interaction(&endpoint, &command, Signature::Valid).await;
    assert_eq!((status, answer["data"]["content"].clone()), (200, json!("pong")));
    let id: u64 = command["id"].as_str().and_then(|id| id.parse().ok()).expect("interaction id");
    assert_eq!(fake.interaction_response(id), Some(answer));
    let contents: Vec<Value> = fake.messages(FakeDiscord::CHANNEL_ID).iter().map(|m| m["content"].clone()).collect();
    assert_eq!(contents, vec![json!("pong")]);

    let http = fake_http(&fake);
    let token = command["token"].as_str().expect("token");
    let followup = http
        .create_followup_message(token, &json!({ "content": "more", "flags": 64 }), vec![])
        .await
        .expect("follow-up over the interaction's webhook");
    assert!(followup.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL)));
}

/// A `multipart/form-data` request written by hand (for what serenity never sends), with the bot's
/// token; returns the status and JSON answer.
async fn multipart(
    fake: &FakeDiscord,
    method: reqwest::Method,
    path: &str,
    payload: Option<Value>,
    files: &[(&str, Option<&str>, &[u8])],
) -> (u16, Value) {
    let mut form = reqwest::multipart::Form::new();
    if let Some(payload) = payload {
        form = form.text("payload_json", payload.to_string());
    }
    for (field, filename, bytes) in files {
        let mut part = reqwest::multipart::Part::bytes(bytes.to_vec()).mime_str("text/plain").unwrap();
        if let Some(filename) = filename {
            part = part.file_name(filename.to_string());
        }
        form = form.part(field.to_string(), part);
    }
    let response = reqwest::Client::new()
        .request(method, format!("{}/api/v10{path}", fake.base_url()))
        .header("Authorization", format!("Bot {}", FakeDiscord::TOKEN))
        .multipart(form)
        .send()
        .await
        .expect("request to the fake");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap_or_default();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

/// The bytes and content type served at an attachment's URL.
async fn download(url: &str) -> (String, Vec<u8>) {
    let response = reqwest::get(url).await.expect("download");
    assert_eq!(response.status().as_u16(), 200, "{url}");
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    (content_type, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn uploads_follow_discords_multipart_rules() {
    use serenity::all::{CreateAttachment, EditAttachments, EditMessage};

    let fake = FakeDiscord::start().await;
    let http = fake_http(&fake);
    let channel = ChannelId::new(FakeDiscord::CHANNEL_ID);
    let ics = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".to_vec();

    // serenity's own multipart: payload_json, files[0], an attachments entry with id 0.
    let sent = channel
        .send_message(
            &http,
            CreateMessage::new().content("Calendar").add_file(CreateAttachment::bytes(ics.clone(), "meeting-2.ics")),
        )
        .await
        .expect("message with a file");
    assert_eq!(sent.attachments.len(), 1);
    let attachment = &sent.attachments[0];
    assert_eq!((attachment.filename.as_str(), attachment.size as usize), ("meeting-2.ics", ics.len()));
    let recorded = fake.requests().pop().unwrap();
    assert_eq!(recorded.body["content"], "Calendar");
    assert_eq!(recorded.body["attachments"][0]["id"], 0);
    assert_eq!(recorded.files.len(), 1);
    assert_eq!(recorded.files[0].field, "files[0]");
    assert_eq!(recorded.files[0].filename.as_deref(), Some("meeting-2.ics"));
    assert_eq!(recorded.files[0].bytes, ics);
    let (content_type, bytes) = download(&attachment.url).await;
    assert_eq!(bytes, ics);
    assert_eq!(Some(content_type), attachment.content_type.clone(), "served as uploaded");
    assert_eq!(fake.attachment_bytes(&attachment.url), Some(ics.clone()));
    let stored = fake.messages(FakeDiscord::CHANNEL_ID);
    assert_eq!(stored.last().unwrap()["attachments"][0]["filename"], "meeting-2.ics");

    // A file alone is a message; its entry in `attachments` names and describes it.
    let (status, alone) = multipart(
        &fake,
        reqwest::Method::POST,
        &format!("/channels/{}/messages", FakeDiscord::CHANNEL_ID),
        Some(json!({ "attachments": [{ "id": 0, "filename": "agenda.txt", "description": "Agenda" }] })),
        &[("files[0]", Some("upload.txt"), b"1. Budget")],
    )
    .await;
    assert_eq!(status, 200, "{alone}");
    assert_eq!(alone["content"], "");
    assert_eq!(alone["attachments"][0]["filename"], "agenda.txt");
    assert_eq!(alone["attachments"][0]["description"], "Agenda");
    assert_eq!(alone["attachments"][0]["size"], 9);
    // Without an entry, a file keeps its part's name.
    let (status, unnamed) = multipart(
        &fake,
        reqwest::Method::POST,
        &format!("/channels/{}/messages", FakeDiscord::CHANNEL_ID),
        None,
        &[("files[3]", Some("notes.txt"), b"n")],
    )
    .await;
    assert_eq!((status, unnamed["attachments"][0]["filename"].clone()), (200, json!("notes.txt")), "{unnamed}");

    // Refusals.
    let messages = format!("/channels/{}/messages", FakeDiscord::CHANNEL_ID);
    let refused = |(status, body): (u16, Value), path: &str| {
        assert_eq!((status, body["code"].clone()), (400, json!(50035)), "{body}");
        assert!(body["errors"].pointer(path).is_some(), "an error at {path}: {body}");
    };
    let payload = json!({ "content": "x", "attachments": [{ "id": 1, "filename": "a.txt" }] });
    refused(
        multipart(&fake, reqwest::Method::POST, &messages, Some(payload), &[("files[0]", Some("a.txt"), b"a")]).await,
        "/attachments/0/id",
    );
    refused(
        multipart(
            &fake,
            reqwest::Method::POST,
            &messages,
            Some(json!({ "content": "x" })),
            &[("file", Some("a.txt"), b"a")],
        )
        .await,
        "/file",
    );
    refused(
        multipart(
            &fake,
            reqwest::Method::POST,
            &messages,
            Some(json!({ "content": "x" })),
            &[("files[0]", None, b"a")],
        )
        .await,
        "/files[0]",
    );
    let eleven: Vec<(String, String)> = (0..11).map(|n| (format!("files[{n}]"), format!("{n}.txt"))).collect();
    let parts: Vec<(&str, Option<&str>, &[u8])> =
        eleven.iter().map(|(field, name)| (field.as_str(), Some(name.as_str()), b"x".as_slice())).collect();
    refused(
        multipart(&fake, reqwest::Method::POST, &messages, Some(json!({ "content": "x" })), &parts).await,
        "/attachments",
    );
    let big = vec![b'x'; 10 * 1024 * 1024 + 1];
    let (status, body) =
        multipart(&fake, reqwest::Method::POST, &messages, Some(json!({})), &[("files[0]", Some("big.txt"), &big)])
            .await;
    assert_eq!((status, body["code"].clone()), (413, json!(40005)), "{body}");
    // A JSON body cannot name a file it does not carry.
    let (status, _, errors) = discord_error(
        http.send_message(channel, vec![], &json!({ "content": "x", "attachments": [{ "id": 0, "filename": "a" }] }))
            .await,
    );
    assert_eq!(status, 400);
    assert!(has_error_at(&errors, "attachments.0.id"), "{errors:?}");

    // Edits: `attachments` lists what stays; without it, new files are added.
    let mut message = channel.message(&http, sent.id).await.expect("get");
    let kept = message.attachments[0].id;
    message
        .edit(
            &http,
            EditMessage::new().attachments(
                EditAttachments::keep_all(&message).add(CreateAttachment::bytes(b"v2".to_vec(), "v2.txt")),
            ),
        )
        .await
        .expect("edit adding a file");
    let names: Vec<&str> = message.attachments.iter().map(|a| a.filename.as_str()).collect();
    assert_eq!(names, ["meeting-2.ics", "v2.txt"]);
    assert_eq!(message.attachments[0].id, kept);
    message.edit(&http, EditMessage::new().attachments(EditAttachments::new().keep(kept))).await.expect("edit");
    assert_eq!(message.attachments.len(), 1);
    message.edit(&http, EditMessage::new().content("Calendar (updated)")).await.expect("edit without attachments");
    assert_eq!(message.attachments.len(), 1, "an edit that does not mention attachments keeps them");
}

#[tokio::test]
async fn interaction_answers_carry_files() {
    use serenity::all::CreateAttachment;

    let fake = FakeDiscord::start().await;
    let http = Arc::new(fake_http(&fake));
    let (sender, mut events) = mpsc::unbounded_channel();
    let mut client = ClientBuilder::new_with_http(fake_http(&fake), GatewayIntents::GUILDS)
        .event_handler(Forward(sender))
        .await
        .expect("client");
    let shards = client.shard_manager.clone();
    let running = tokio::spawn(async move { client.start().await });
    fake.wait_connected(WAIT).await;
    let file = || CreateAttachment::bytes(b"BEGIN:VCALENDAR".to_vec(), "meeting-2.ics");
    let attachment_names = |message: &Value| -> Vec<String> {
        message["attachments"].as_array().unwrap().iter().map(|a| a["filename"].as_str().unwrap().to_owned()).collect()
    };

    // The response itself (multipart callback), then a follow-up.
    fake.dispatch_interaction(fake.command_interaction(ADA, "Ada", &[], json!({ "name": "export" }))).await;
    let Interaction::Command(command) = next_interaction(&mut events).await else {
        panic!("expected a command");
    };
    let answer = CreateInteractionResponseMessage::new().content("Your calendar").add_file(file()).ephemeral(true);
    command.create_response(&http, CreateInteractionResponse::Message(answer)).await.expect("response with a file");
    let original = command.get_response(&http).await.expect("original");
    assert_eq!(original.attachments.len(), 1);
    assert_eq!(original.attachments[0].filename, "meeting-2.ics");
    let (_, bytes) = download(&original.attachments[0].url).await;
    assert_eq!(bytes, b"BEGIN:VCALENDAR");
    let followup = command
        .create_followup(&http, CreateInteractionResponseFollowup::new().add_file(file()).ephemeral(true))
        .await
        .expect("file-only follow-up");
    assert_eq!(followup.attachments[0].filename, "meeting-2.ics");
    let stored = fake.messages(FakeDiscord::CHANNEL_ID);
    assert!(stored.iter().all(|m| m["attachments"][0]["ephemeral"] == true), "{stored:?}");

    // Deferred, then the placeholder edited into the answer with its file.
    fake.dispatch_interaction(fake.command_interaction(ADA, "Ada", &[], json!({ "name": "export" }))).await;
    let Interaction::Command(slow) = next_interaction(&mut events).await else {
        panic!("expected a command");
    };
    let defer = CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true));
    slow.create_response(&http, defer).await.expect("deferral");
    let edited = slow
        .edit_response(&http, EditInteractionResponse::new().content("Done").new_attachment(file()))
        .await
        .expect("edit");
    assert_eq!(edited.attachments.len(), 1);
    let last = fake.messages(FakeDiscord::CHANNEL_ID).pop().unwrap();
    assert_eq!(attachment_names(&last), ["meeting-2.ics"]);

    shards.shutdown_all().await;
    let _ = tokio::time::timeout(WAIT, running).await;
}

#[tokio::test]
async fn button_emoji_must_be_an_emoji() {
    let fake = FakeDiscord::start().await;
    let http = fake_http(&fake);
    let channel = ChannelId::new(FakeDiscord::CHANNEL_ID);
    let with_emoji = |emoji: Value| {
        json!({ "content": "RSVP", "components": [{ "type": 1, "components": [
            { "type": 2, "style": 2, "custom_id": "run:yes", "label": "Yes", "emoji": emoji }
        ] }] })
    };
    let sent = http.send_message(channel, vec![], &with_emoji(json!({ "name": "✅" }))).await.expect("unicode emoji");
    assert_eq!(sent.components.len(), 1);
    http.send_message(channel, vec![], &with_emoji(json!({ "id": "1400000000000000001", "name": "vote" })))
        .await
        .expect("custom emoji by id");
    let (status, code, errors) =
        discord_error(http.send_message(channel, vec![], &with_emoji(json!({ "name": "yes" }))).await);
    assert_eq!((status, code), (400, 50035));
    assert!(has_error_at(&errors, "components.0.components.0.emoji"), "{errors:?}");
}

#[tokio::test]
async fn a_dm_to_a_user_who_closed_dms_is_refused_with_50007() {
    let fake = FakeDiscord::start().await;
    let http = fake_http(&fake);
    let (open, closed) = (UserId::new(ADA), UserId::new(ADA + 1));
    fake.close_dms(closed.get());
    let channel = open.create_dm_channel(&http).await.expect("a DM channel");
    channel.id.send_message(&http, CreateMessage::new().content("hello")).await.expect("an open DM");
    // Discord opens the channel all the same; only the message is refused.
    let channel = closed.create_dm_channel(&http).await.expect("a DM channel, even when closed");
    let (status, code, _) = discord_error(channel.id.send_message(&http, CreateMessage::new().content("hello")).await);
    assert_eq!((status, code), (403, 50007));
    assert!(fake.messages(channel.id.get()).is_empty());
}

#[tokio::test]
async fn sessions_are_invalidated_and_replayed_from_an_older_sequence() {
    let fake = FakeDiscord::start().await;
    let mut socket = connect(&fake, "?v=10").await;
    receive_json(&mut socket).await;
    send_json(&mut socket, identify(&format!("Bot {}", FakeDiscord::TOKEN))).await;
    let session_id = receive_json(&mut socket).await["d"]["session_id"].as_str().expect("session id").to_owned();
    receive_json(&mut socket).await;

    // Replayed from an older sequence: the interaction and what followed, with their numbers.
    let first = fake.command_interaction(ADA, "Ada", &[], json!({ "name": "vote" }));
    fake.dispatch_interaction(first.clone()).await;
    fake.dispatch_interaction(fake.command_interaction(ADA, "Ada", &[], json!({ "name": "vote" }))).await;
    let delivered: Vec<Value> = vec![receive_json(&mut socket).await, receive_json(&mut socket).await];
    fake.replay_from(&first).await;
    let replayed: Vec<Value> = vec![receive_json(&mut socket).await, receive_json(&mut socket).await];
    assert_eq!(replayed, delivered);
    assert_eq!(replayed[0]["d"]["id"], first["id"]);

    // Invalidated: op 9 with d = false; the session cannot be resumed, only identified anew.
    fake.invalidate_session();
    assert_eq!(receive_json(&mut socket).await, json!({ "op": 9, "d": false, "s": null, "t": null }));
    drop(socket);
    let mut resumed = connect(&fake, "?v=10").await;
    receive_json(&mut resumed).await;
    let resume = json!({ "op": 6, "d": { "token": FakeDiscord::TOKEN, "session_id": session_id, "seq": 4 } });
    send_json(&mut resumed, resume).await;
    assert_eq!(receive_json(&mut resumed).await, json!({ "op": 9, "d": false, "s": null, "t": null }));
    send_json(&mut resumed, identify(&format!("Bot {}", FakeDiscord::TOKEN))).await;
    let ready = receive_json(&mut resumed).await;
    assert_eq!((ready["t"].as_str(), ready["s"].as_u64()), (Some("READY"), Some(1)));
    assert_ne!(ready["d"]["session_id"].as_str(), Some(session_id.as_str()));
    assert_eq!((fake.identify_count(), fake.resume_count(), fake.invalidation_count()), (2, 0, 1));

    // An interaction created long before its delivery can no longer be answered.
    let late = fake.created_ago(fake.command_interaction(ADA, "Ada", &[], json!({ "name": "vote" })), WAIT);
    fake.dispatch_interaction(late.clone()).await;
    let http = fake_http(&fake);
    loop {
        let frame = receive_json(&mut resumed).await;
        if frame["t"] == "INTERACTION_CREATE" && frame["d"]["id"] == late["id"] {
            break;
        }
    }
    let id = late["id"].as_str().unwrap().parse::<u64>().unwrap();
    let reply = CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content("Too late."));
    let answer = http.create_interaction_response(id.into(), late["token"].as_str().unwrap(), &reply, vec![]).await;
    assert_eq!(discord_error(answer).0, 404);
}
