//! A protocol-level fake of Discord's REST API (v10) and gateway, for integration tests.
//!
//! The fake speaks the wire protocol, so the code under test keeps using serenity unchanged:
//! give serenity's `HttpBuilder` `.proxy(fake.base_url())` and `.ratelimiter_disabled(true)`
//! (serenity's ratelimiter rebuilds every request without the proxy, so with it enabled requests
//! would leave for the real discord.com), and serenity's `Client` reaches the gateway through the
//! URL that `GET /gateway` hands out.
//!
//! Where Discord's behaviour is a trap for a bot, the fake reproduces it rather than smoothing it
//! over: the 3-second window for the first interaction response (counted from the interaction's
//! creation, which its ID records, so an interaction delivered late has less of it or none), one
//! response per interaction (also when it is delivered again), form-body validation with code
//! 50035, nonce de-duplication, the bot receiving its own `MESSAGE_CREATE`, session resumption
//! with replay, session invalidation (op 9) after which the client must identify anew, replays
//! from an older sequence that deliver handled events again, and the first follow-up after a
//! deferred response editing the deferred "thinking" message (keeping the deferral's
//! ephemerality).
//!
//! Conventions tests can rely on:
//! - `messages(channel)` lists messages in creation order, as the channel shows them now (edits
//!   applied, deletions removed). Messages produced by interaction responses and follow-ups carry
//!   the interaction's id in `interaction_metadata.id`, as Discord's own messages do; ephemeral ones
//!   have bit 64 in `flags`.
//! - Every user id is a member of `GUILD_ID`; a user's display name (`global_name`) is the one most
//!   recently passed to an interaction builder, `user{id}` otherwise.
//! - Role ids are not checked against a role list: any id can be granted.
//! - Files follow Discord's "Uploading Files": a `multipart/form-data` body of `payload_json` and
//!   one `files[n]` part per file (with a `filename` in its `Content-Disposition`). An entry of the
//!   JSON `attachments` whose `id` is `n` names file `n` (its `filename` and `description` win
//!   over the part's); files no entry names are attached under their part's file name. On an
//!   edit, `attachments` lists what stays: existing attachments by their id, and new files;
//!   without it, existing attachments stay and new files are added. Refused: other part names, a
//!   file part without a file name, an entry naming neither a file of the request nor an
//!   attachment of the message, more than 10 attachments (form errors, 50035), a file over 10 MiB
//!   (413, code 40005). Attachments are served at their `url` (a path of this fake) with the
//!   bytes and `Content-Type` uploaded; `attachment_bytes(url)` reads them too.
//! - A user whose DMs are closed (`close_dms`) gets a DM channel, but a message to it is refused
//!   with 403 and code 50007, as Discord refuses it.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signer, SigningKey};
use futures_util::{SinkExt, StreamExt};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use rand::Rng;
use rand::distr::Alphanumeric;
use serde_json::{Map, Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tokio::task::AbortHandle;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::handshake::server::{
    ErrorResponse as WsErrorResponse, Request as WsRequest, Response as WsResponse,
};
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;
const API_PREFIX: &str = "/api/v10";
const HEARTBEAT_INTERVAL_MS: u64 = 41_250;
/// Discord drops an interaction whose first response does not arrive within 3 seconds.
const INTERACTION_DEADLINE: Duration = Duration::from_secs(3);
/// Interaction tokens (follow-ups, edits of the original) stay valid for 15 minutes.
const INTERACTION_TOKEN_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// Discord documents "the past few minutes" for `enforce_nonce`; two is the low end of "few".
const NONCE_WINDOW: Duration = Duration::from_secs(120);
const BOT_USERNAME: &str = "quorum";
const GUILD_NAME: &str = "Quorum Test Assembly";
const CHANNEL_NAME: &str = "general";
const GUILD_OWNER_ID: u64 = 1_100_000_000_000_000_010;
const JOINED_AT: &str = "2024-01-15T12:00:00.000000+00:00";
const ATTACHMENT_SIZE_LIMIT: u64 = 10_485_760;
const MAX_ATTACHMENTS: usize = 10;

const INTENT_GUILDS: u64 = 1 << 0;
const INTENT_GUILD_MESSAGES: u64 = 1 << 9;
const INTENT_DIRECT_MESSAGES: u64 = 1 << 12;
const INTENT_GUILD_SCHEDULED_EVENTS: u64 = 1 << 16;
const INTENT_MESSAGE_CONTENT: u64 = 1 << 15;

const MESSAGE_FLAG_EPHEMERAL: u64 = 1 << 6;
const MESSAGE_FLAG_LOADING: u64 = 1 << 7;

/// VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS and
/// USE_APPLICATION_COMMANDS: what an ordinary member holds in the test channel.
const MEMBER_PERMISSIONS: u64 = (1 << 6) | (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 31);
/// The bot additionally manages roles and events, which the adapter needs.
const BOT_PERMISSIONS: u64 = MEMBER_PERMISSIONS | (1 << 28) | (1 << 33) | (1 << 44);

const LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
    "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
];

/// Fixed so that a bot configured with `public_key_hex()` once keeps verifying across runs.
const SIGNING_SEED: [u8; 32] = *b"quorum-fake-discord-signing-key!";
const FOREIGN_SIGNING_SEED: [u8; 32] = [0x5a; 32];

/// One REST request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path without the query, e.g. `/api/v10/channels/123/messages`.
    pub path: String,
    /// The JSON body (the `payload_json` part of a multipart body); `Null` when empty.
    pub body: Value,
    /// The file parts of a multipart body, in order.
    pub files: Vec<Upload>,
    /// The status the fake answered with.
    pub status: u16,
}

/// One file part of a `multipart/form-data` request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    /// The part's `name`, e.g. `files[0]`.
    pub field: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// How `post_interaction` signs its request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signature {
    /// Signed with the key whose public half is `public_key_hex()`.
    Valid,
    /// Well-formed headers, but signed with a different key.
    Invalid,
    /// No signature headers at all.
    Missing,
}

/// A response read by the fake's own small HTTP client.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status: u16,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    /// Parsed JSON, `Null` when empty, a string when not JSON.
    pub body: Value,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }
}

/// The fake Discord. Cloning shares the same servers; they stop when the last clone is dropped.
#[derive(Clone)]
pub struct FakeDiscord {
    inner: Arc<Inner>,
    _guard: Arc<Guard>,
}

struct Guard(Arc<Inner>);

impl Drop for Guard {
    fn drop(&mut self) {
        for task in lock(&self.0.tasks).drain(..) {
            task.abort();
        }
    }
}

struct Inner {
    rest_addr: SocketAddr,
    gateway_addr: SocketAddr,
    state: Mutex<State>,
    changed: watch::Sender<u64>,
    signing_key: SigningKey,
    last_snowflake: AtomicU64,
    /// Sets apart the IDs of interactions made to look created in the past.
    backdated: AtomicU64,
    tasks: Mutex<Vec<AbortHandle>>,
}

/// What "now" is for Discord's own checks.
type Now = Arc<dyn Fn() -> chrono::DateTime<chrono::Utc> + Send + Sync>;

#[derive(Default)]
struct State {
    /// The clock of the bot under test, when it is not the real one (see `follow_clock`).
    now: Option<Now>,
    requests: Vec<Recorded>,
    consumed: HashSet<usize>,
    rate_limits: Vec<RateLimitRule>,
    buckets: HashMap<String, (Instant, u32)>,
    global_commands: Vec<Value>,
    guild_commands: HashMap<u64, Vec<Value>>,
    interactions: HashMap<u64, InteractionState>,
    messages: Vec<StoredMessage>,
    nonces: HashMap<String, (Instant, u64)>,
    dm_channels: HashMap<u64, u64>,
    /// Users who accept no direct messages from the bot (privacy settings, or no shared server).
    dms_closed: HashSet<u64>,
    users: HashMap<u64, String>,
    member_roles: HashMap<u64, Vec<u64>>,
    /// Users who left the guild (or never were in it): the member routes answer Unknown Member.
    not_members: HashSet<u64>,
    scheduled_events: Vec<Value>,
    /// Whether the bot holds Manage Messages, which deleting another's message takes.
    manage_messages: bool,
    /// The file parts of the request being routed, for whichever route builds a message.
    pending_files: Vec<Upload>,
    /// Attachment id → (content type, bytes), as served at the attachment's `url`.
    attachment_data: HashMap<u64, (String, Vec<u8>)>,
    gateway: GatewayState,
}

struct RateLimitRule {
    prefix: String,
    remaining: usize,
    retry_after: f64,
    global: bool,
}

struct StoredMessage {
    channel_id: u64,
    message: Value,
    deleted: bool,
    /// False for messages the fake made up to carry a component the bot never sent.
    listed: bool,
}

struct InteractionState {
    token: String,
    kind: u64,
    command_type: u64,
    channel_id: u64,
    user: Value,
    /// The message a component was attached to.
    message_id: Option<u64>,
    delivered_at: Option<Instant>,
    response: Option<Value>,
    original_id: Option<u64>,
    followups: Vec<u64>,
    /// For a modal submission: the interaction whose response opened the modal (Discord names
    /// it in `triggering_interaction_metadata`).
    opened_by: Option<u64>,
}

#[derive(Default)]
struct GatewayState {
    session_id: Option<String>,
    seq: u64,
    /// Every dispatch of the current session, as sent, for replay on resume.
    replay: Vec<Value>,
    /// Events dispatched before any session existed, delivered after the next READY.
    pre_session: Vec<(String, Value)>,
    current: Option<Conn>,
    /// Whether `current` has identified or resumed, i.e. dispatches go out on it.
    live: bool,
    intents: u64,
    identify_count: usize,
    resume_count: usize,
    invalidation_count: usize,
    next_conn_id: u64,
    queries: Vec<String>,
    last_identify: Option<Value>,
}

struct Conn {
    id: u64,
    tx: mpsc::UnboundedSender<Outbound>,
}

enum Outbound {
    Frame(Value),
    Close(u16, &'static str),
    Drop,
}

struct Reply {
    status: u16,
    body: Option<Value>,
    headers: Vec<(&'static str, String)>,
    /// A body that is not JSON: (content type, bytes).
    raw: Option<Box<(String, Vec<u8>)>>,
}

impl Reply {
    fn json(status: u16, body: Value) -> Reply {
        Reply { status, body: Some(body), headers: Vec::new(), raw: None }
    }

    fn ok(body: Value) -> Reply {
        Reply::json(200, body)
    }

    fn no_content() -> Reply {
        Reply { status: 204, body: None, headers: Vec::new(), raw: None }
    }

    fn error(status: u16, code: u64, message: &str) -> Reply {
        Reply::json(status, json!({ "message": message, "code": code }))
    }

    fn not_found() -> Reply {
        Reply::error(404, 0, "404: Not Found")
    }

    fn unknown_interaction() -> Reply {
        Reply::error(404, 10062, "Unknown interaction")
    }

    fn unknown_message() -> Reply {
        Reply::error(404, 10008, "Unknown Message")
    }

    fn unknown_webhook() -> Reply {
        Reply::error(404, 10015, "Unknown Webhook")
    }

    fn missing_access() -> Reply {
        Reply::error(403, 50001, "Missing Access")
    }

    fn empty_message() -> Reply {
        Reply::error(400, 50006, "Cannot send an empty message")
    }
}

/// Discord's nested `errors` object: each failing field holds `_errors: [{code, message}]`.
#[derive(Default)]
struct FormErrors {
    root: Map<String, Value>,
    any: bool,
}

impl FormErrors {
    fn add(&mut self, path: &[String], code: &str, message: impl Into<String>) {
        let mut node = &mut self.root;
        for segment in path {
            node = node
                .entry(segment.clone())
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("error tree nodes are objects");
        }
        let list = node.entry("_errors").or_insert_with(|| json!([]));
        if let Some(list) = list.as_array_mut() {
            list.push(json!({ "code": code, "message": message.into() }));
        }
        self.any = true;
    }

    fn into_result(self) -> Result<(), Reply> {
        if self.any {
            Err(Reply::json(
                400,
                json!({ "code": 50035, "message": "Invalid Form Body", "errors": Value::Object(self.root) }),
            ))
        } else {
            Ok(())
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Top,
    Group,
    Sub,
}

impl FakeDiscord {
    /// The only token accepted, as `Authorization: Bot fake-bot-token` and in Identify/Resume.
    pub const TOKEN: &'static str = "fake-bot-token";
    pub const APPLICATION_ID: u64 = 1_100_000_000_000_000_001;
    pub const BOT_USER_ID: u64 = 1_100_000_000_000_000_002;
    pub const GUILD_ID: u64 = 1_100_000_000_000_000_003;
    pub const CHANNEL_ID: u64 = 1_100_000_000_000_000_004;

    /// Starts REST (http://127.0.0.1:PORT) and gateway (ws://127.0.0.1:PORT2) listeners on loopback.
    pub async fn start() -> FakeDiscord {
        let rest = TcpListener::bind("127.0.0.1:0").await.expect("bind fake REST listener");
        let gateway = TcpListener::bind("127.0.0.1:0").await.expect("bind fake gateway listener");
        let (changed, _) = watch::channel(0u64);
        let inner = Arc::new(Inner {
            rest_addr: rest.local_addr().expect("REST listener address"),
            gateway_addr: gateway.local_addr().expect("gateway listener address"),
            state: Mutex::new(State::default()),
            changed,
            signing_key: SigningKey::from_bytes(&SIGNING_SEED),
            last_snowflake: AtomicU64::new(0),
            backdated: AtomicU64::new(0),
            tasks: Mutex::new(Vec::new()),
        });
        let rest_task = tokio::spawn(accept_rest(inner.clone(), rest));
        inner.track(rest_task.abort_handle());
        let gateway_task = tokio::spawn(accept_gateway(inner.clone(), gateway));
        inner.track(gateway_task.abort_handle());
        FakeDiscord { inner: inner.clone(), _guard: Arc::new(Guard(inner)) }
    }

    /// Base URL for serenity's `HttpBuilder::proxy`; serenity rewrites "https://discord.com" to it.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.inner.rest_addr)
    }

    /// The URL `GET /gateway` hands out.
    /// The `[discord]` settings (as TOML) of a bot that talks to this fake, followed by `extra`.
    pub fn bot_config(&self, extra: &str) -> String {
        format!(
            "token = \"{}\"\napplication_id = {}\nguild_ids = [{}]\napi_base = \"{}\"\n{extra}",
            Self::TOKEN,
            Self::APPLICATION_ID,
            Self::GUILD_ID,
            self.base_url()
        )
    }

    pub fn gateway_url(&self) -> String {
        self.inner.gateway_url()
    }

    /// Every REST request received so far, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.state().requests.clone()
    }

    /// Waits (up to `within`) for a request matching `pick`, considering requests already received
    /// too. Each request is returned at most once by this function, so repeated calls see
    /// successive matches. Panics on timeout, listing what did arrive.
    pub async fn wait_request(&self, within: Duration, pick: impl Fn(&Recorded) -> bool) -> Recorded {
        let found = self
            .inner
            .wait_until(within, |st| {
                let index = (0..st.requests.len()).find(|i| !st.consumed.contains(i) && pick(&st.requests[*i]))?;
                st.consumed.insert(index);
                Some(st.requests[index].clone())
            })
            .await;
        found.unwrap_or_else(|| {
            let seen: Vec<String> =
                self.requests().iter().map(|r| format!("{} {} -> {} {}", r.method, r.path, r.status, r.body)).collect();
            panic!("no matching request within {within:?}; received:\n{}", seen.join("\n"))
        })
    }

    /// Waits until a gateway session has identified (or resumed) and is ready. Panics on timeout.
    pub async fn wait_connected(&self, within: Duration) {
        let connected = self.inner.wait_until(within, |st| st.gateway.live.then_some(())).await;
        assert!(connected.is_some(), "no gateway session became ready within {within:?}");
    }

    pub fn identify_count(&self) -> usize {
        self.inner.state().gateway.identify_count
    }

    pub fn resume_count(&self) -> usize {
        self.inner.state().gateway.resume_count
    }

    /// How many sessions were invalidated with `invalidate_session`.
    pub fn invalidation_count(&self) -> usize {
        self.inner.state().gateway.invalidation_count
    }

    /// Waits (up to `within`) until `ready` holds, checking again after every change the fake
    /// sees (a request, a gateway payload, a connection). Panics on timeout, naming `what`.
    pub async fn wait_for(&self, within: Duration, what: &str, mut ready: impl FnMut(&FakeDiscord) -> bool) {
        let deadline = tokio::time::Instant::now() + within;
        let mut changes = self.inner.changed.subscribe();
        loop {
            if ready(self) {
                return;
            }
            if !matches!(tokio::time::timeout_at(deadline, changes.changed()).await, Ok(Ok(()))) {
                assert!(ready(self), "{what}: not within {within:?}");
                return;
            }
        }
    }

    /// Query strings of every gateway WebSocket handshake, e.g. "v=10".
    pub fn gateway_queries(&self) -> Vec<String> {
        self.inner.state().gateway.queries.clone()
    }

    /// The `d` of the last Identify the gateway accepted (intents, properties, shard, ...).
    pub fn last_identify(&self) -> Option<Value> {
        self.inner.state().gateway.last_identify.clone()
    }

    /// An APPLICATION_COMMAND interaction (type 2) in GUILD_ID/CHANNEL_ID from `user_id`, whose
    /// display name is `name` and whose member roles are exactly `roles` (remembered for later
    /// builders). `data` is the interaction's "data" (name/options/type); the fake fills in `id`
    /// (the registered command's id when one has that name), `type` (1) and, for user, role and
    /// channel options, `resolved`, when missing.
    pub fn command_interaction(&self, user_id: u64, name: &str, roles: &[u64], data: Value) -> Value {
        let mut st = self.inner.state();
        st.users.insert(user_id, name.to_owned());
        st.member_roles.insert(user_id, roles.to_vec());
        let data = self.inner.complete_command_data(&st, data);
        self.inner.interaction_base(&st, 2, user_id, data)
    }

    /// A MESSAGE_COMPONENT interaction (type 3) for a button click. The attached message is the
    /// latest message in CHANNEL_ID carrying a component with `custom_id`, or else a minimal
    /// message by the bot with such a button.
    pub fn button_interaction(&self, user_id: u64, name: &str, custom_id: &str) -> Value {
        let mut st = self.inner.state();
        st.users.insert(user_id, name.to_owned());
        let message = st
            .messages
            .iter()
            .rev()
            .filter(|m| !m.deleted && m.channel_id == FakeDiscord::CHANNEL_ID)
            .map(|m| &m.message)
            .find(|m| has_custom_id(m, custom_id))
            .cloned()
            .unwrap_or_else(|| {
                let data = json!({
                    "content": "",
                    "components": [{ "type": 1, "components": [
                        { "type": 2, "style": 1, "label": custom_id, "custom_id": custom_id }
                    ]}]
                });
                self.inner.build_message(self.inner.snowflake(), FakeDiscord::CHANNEL_ID, &data, 0)
            });
        let mut interaction =
            self.inner.interaction_base(&st, 3, user_id, json!({ "custom_id": custom_id, "component_type": 2 }));
        interaction["message"] = message;
        interaction
    }

    /// A MESSAGE_COMPONENT interaction (type 3) for a pick in a string select menu (component
    /// type 3). The attached message is the latest message in CHANNEL_ID, ephemeral ones included,
    /// carrying a select menu with `custom_id`; as Discord's client offers only the menu's own
    /// options, each of `values` must be the value of one of them, and their count within the
    /// menu's `min_values`..=`max_values` (panics otherwise: the test picked what nobody could).
    pub fn select_interaction(&self, user_id: u64, name: &str, custom_id: &str, values: &[&str]) -> Value {
        let mut st = self.inner.state();
        st.users.insert(user_id, name.to_owned());
        let message = st
            .messages
            .iter()
            .rev()
            .filter(|m| !m.deleted && m.channel_id == FakeDiscord::CHANNEL_ID)
            .map(|m| &m.message)
            .find(|m| has_custom_id(m, custom_id))
            .cloned()
            .unwrap_or_else(|| panic!("no message carries a select menu {custom_id}"));
        let menu = message["components"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row["components"].as_array().into_iter().flatten())
            .find(|c| c["custom_id"] == custom_id && c["type"] == 3)
            .cloned()
            .unwrap_or_else(|| panic!("{custom_id} is not a string select: {message}"));
        let offered: Vec<&str> =
            menu["options"].as_array().into_iter().flatten().filter_map(|o| o["value"].as_str()).collect();
        for value in values {
            assert!(offered.contains(value), "{value:?} is not an option of {custom_id}: {offered:?}");
        }
        let min = menu["min_values"].as_u64().unwrap_or(1) as usize;
        let max = menu["max_values"].as_u64().unwrap_or(1) as usize;
        assert!((min..=max).contains(&values.len()), "{} values for a menu of {min}..={max}", values.len());
        let data = json!({ "custom_id": custom_id, "component_type": 3, "values": values });
        let mut interaction = self.inner.interaction_base(&st, 3, user_id, data);
        interaction["message"] = message;
        interaction
    }

    /// A member's message in CHANNEL_ID, as a person types one: stored in the channel, and sent
    /// as MESSAGE_CREATE (with `guild_id` and the author's `member`) to a session whose intents
    /// include GUILD_MESSAGES. As Discord does, its `content` reaches the bot empty unless the
    /// session also asked for the privileged MESSAGE_CONTENT intent. Returns the message.
    pub async fn user_message(&self, user_id: u64, name: &str, content: &str) -> Value {
        let message = {
            let mut st = self.inner.state();
            st.users.insert(user_id, name.to_owned());
            let id = self.inner.snowflake();
            let mut message = self.inner.build_message(id, FakeDiscord::CHANNEL_ID, &json!({ "content": content }), 0);
            message["author"] = self.inner.user_json(&st, user_id);
            let channel_id = FakeDiscord::CHANNEL_ID;
            st.messages.push(StoredMessage { channel_id, message: message.clone(), deleted: false, listed: true });
            if st.gateway.intents & INTENT_GUILD_MESSAGES != 0 {
                let mut data = message.clone();
                if st.gateway.intents & INTENT_MESSAGE_CONTENT == 0 {
                    data["content"] = json!("");
                }
                data["guild_id"] = json!(FakeDiscord::GUILD_ID.to_string());
                let roles = st.member_roles.get(&user_id).cloned().unwrap_or_default();
                let mut member = member_json(None, &roles, MEMBER_PERMISSIONS);
                if let Some(member) = member.as_object_mut() {
                    member.remove("permissions");
                }
                data["member"] = member;
                self.inner.dispatch_locked(&mut st, "MESSAGE_CREATE", data, true);
            }
            message
        };
        self.inner.bump();
        tokio::task::yield_now().await;
        message
    }

    /// Gives the bot Manage Messages, so that it may delete members' messages.
    pub fn grant_manage_messages(&self) {
        self.inner.state().manage_messages = true;
    }

    /// A MODAL_SUBMIT interaction (type 5) whose text inputs hold `fields` (custom_id, value).
    pub fn modal_interaction(&self, user_id: u64, name: &str, custom_id: &str, fields: &[(&str, &str)]) -> Value {
        let mut st = self.inner.state();
        st.users.insert(user_id, name.to_owned());
        let rows: Vec<Value> = fields
            .iter()
            .enumerate()
            .map(|(i, (field, value))| {
                json!({ "type": 1, "id": 2 * i + 1, "components": [
                    { "type": 4, "id": 2 * i + 2, "custom_id": field, "value": value }
                ]})
            })
            .collect();
        self.inner.interaction_base(&st, 5, user_id, json!({ "custom_id": custom_id, "components": rows }))
    }

    /// An APPLICATION_COMMAND_AUTOCOMPLETE interaction (type 4); one option in `data` should carry
    /// `"focused": true`.
    pub fn autocomplete_interaction(&self, user_id: u64, name: &str, data: Value) -> Value {
        let mut st = self.inner.state();
        st.users.insert(user_id, name.to_owned());
        let data = self.inner.complete_command_data(&st, data);
        self.inner.interaction_base(&st, 4, user_id, data)
    }

    /// `interaction` (from a builder) as Discord delivers one it created `ago` earlier, replayed
    /// late or held up on its way: its ID, which records its creation, and its token are made
    /// anew for that instant. Dispatched more than 3 seconds after that, it can no longer be
    /// answered.
    pub fn created_ago(&self, mut interaction: Value, ago: Duration) -> Value {
        let created = unix_now().saturating_sub(ago);
        let ms = u64::try_from(created.as_millis()).unwrap_or(u64::MAX).saturating_sub(DISCORD_EPOCH_MS);
        let serial = self.inner.backdated.fetch_add(1, Ordering::SeqCst) & 0xfff;
        let id = (ms << 22) | (2 << 17) | serial;
        interaction["id"] = json!(id.to_string());
        interaction["token"] = json!(interaction_token(id));
        interaction
    }

    /// Sends INTERACTION_CREATE over the live gateway session, or keeps it for the session to
    /// replay on resume (or for the next READY when no session exists yet). Its 3-second response
    /// window started at its creation (its ID's time); a callback is accepted only once the event
    /// was actually written to a client. Dispatching an interaction again delivers it again:
    /// Discord still holds its first response, and takes no second one.
    pub async fn dispatch_interaction(&self, interaction: Value) {
        {
            let mut st = self.inner.state();
            register_interaction(&mut st, &interaction, None);
            self.inner.dispatch_locked(&mut st, "INTERACTION_CREATE", interaction, true);
        }
        self.inner.bump();
        tokio::task::yield_now().await;
    }

    /// Sends any dispatch event (`t`, `d`) with the same delivery rules as `dispatch_interaction`.
    pub async fn dispatch_event(&self, event: &str, data: Value) {
        {
            let mut st = self.inner.state();
            self.inner.dispatch_locked(&mut st, event, data, true);
        }
        self.inner.bump();
        tokio::task::yield_now().await;
    }

    /// Ends the current session as Discord does when it invalidates one (op 9 Invalid Session with
    /// `d: false`): nothing of it can be resumed (a Resume gets op 9 again), and events dispatched
    /// from now on wait for the next Identify. The connection stays open for the client to close;
    /// Discord's documentation asks it to identify anew.
    pub fn invalidate_session(&self) {
        {
            let mut st = self.inner.state();
            let gateway = &mut st.gateway;
            gateway.invalidation_count += 1;
            gateway.session_id = None;
            gateway.replay.clear();
            gateway.live = false;
            if let Some(conn) = &gateway.current {
                let _ = conn.tx.send(Outbound::Frame(json!({ "op": 9, "d": false, "s": null, "t": null })));
            }
        }
        self.inner.bump();
    }

    /// Delivers again, over the live connection, the session's dispatches from `interaction`'s on,
    /// each with its own sequence number: what Discord sends a client that resumes from an older
    /// sequence than its last. The client sees the interaction, and whatever followed it, a second
    /// time. Panics when the current session did not dispatch it.
    pub async fn replay_from(&self, interaction: &Value) {
        {
            let st = self.inner.state();
            let gateway = &st.gateway;
            let id = interaction.get("id").expect("an interaction has an id");
            let frames: Vec<&Value> = gateway
                .replay
                .iter()
                .skip_while(|f| {
                    f.get("t").and_then(Value::as_str) != Some("INTERACTION_CREATE") || f.pointer("/d/id") != Some(id)
                })
                .filter(|f| !matches!(f.get("t").and_then(Value::as_str), Some("READY" | "RESUMED")))
                .collect();
            assert!(!frames.is_empty(), "the current session did not dispatch interaction {id}");
            let conn = gateway.current.as_ref().filter(|_| gateway.live).expect("a live gateway connection");
            for frame in frames {
                let _ = conn.tx.send(Outbound::Frame(frame.clone()));
            }
        }
        self.inner.bump();
        tokio::task::yield_now().await;
    }

    /// Closes the current gateway connection abruptly (TCP closed, no close frame), as a network
    /// failure would. The session survives, so the client is expected to Resume.
    pub fn drop_gateway(&self) {
        {
            let mut st = self.inner.state();
            st.gateway.live = false;
            if let Some(conn) = st.gateway.current.take() {
                let _ = conn.tx.send(Outbound::Drop);
            }
        }
        self.inner.bump();
    }

    /// Makes the next `count` requests whose path starts with `path_prefix` (with or without the
    /// leading "/api/v10") fail with 429 and `retry_after` seconds.
    pub fn rate_limit(&self, path_prefix: &str, count: usize, retry_after: f64, global: bool) {
        self.inner.state().rate_limits.push(RateLimitRule {
            prefix: path_prefix.to_owned(),
            remaining: count,
            retry_after,
            global,
        });
    }

    /// The last registered commands, globally (`None`) or in a guild.
    pub fn commands(&self, guild: Option<u64>) -> Vec<Value> {
        let st = self.inner.state();
        match guild {
            None => st.global_commands.clone(),
            Some(guild) => st.guild_commands.get(&guild).cloned().unwrap_or_default(),
        }
    }

    /// Messages in a channel, in creation order, as they stand now (see the module docs).
    pub fn messages(&self, channel_id: u64) -> Vec<Value> {
        self.inner
            .state()
            .messages
            .iter()
            .filter(|m| m.channel_id == channel_id && !m.deleted && m.listed)
            .map(|m| m.message.clone())
            .collect()
    }

    /// The bytes of an attachment, by the `url` its message object gives.
    pub fn attachment_bytes(&self, url: &str) -> Option<Vec<u8>> {
        let id = attachment_id_in(url)?;
        self.inner.state().attachment_data.get(&id).map(|(_, bytes)| bytes.clone())
    }

    /// Makes a user refuse direct messages, as a member who turned them off in their privacy
    /// settings: Discord still opens the DM channel, and answers a message posted there with 403
    /// and code 50007 ("Cannot send messages to this user").
    pub fn close_dms(&self, user_id: u64) {
        self.inner.state().dms_closed.insert(user_id);
    }

    /// The DM channel opened with a user, if the bot opened one.
    pub fn dm_channel_id(&self, user_id: u64) -> Option<u64> {
        self.inner.state().dm_channels.get(&user_id).copied()
    }

    /// Makes `user_id` someone who is not in the guild.
    pub fn leave_guild(&self, user_id: u64) {
        self.inner.state().not_members.insert(user_id);
    }

    /// The roles a member holds now: those given to the last `command_interaction` for the user,
    /// plus grants and minus removals made through the REST API since.
    pub fn member_roles(&self, user: u64) -> Vec<u64> {
        self.inner.state().member_roles.get(&user).cloned().unwrap_or_default()
    }

    /// The guild's scheduled events as they stand now (created, edited, not deleted).
    pub fn scheduled_events(&self) -> Vec<Value> {
        self.inner.state().scheduled_events.clone()
    }

    /// The response accepted for an interaction: the body of its callback POST, or the body of the
    /// HTTP response in HTTP-interactions mode.
    pub fn interaction_response(&self, interaction_id: u64) -> Option<Value> {
        self.inner.state().interactions.get(&interaction_id).and_then(|i| i.response.clone())
    }

    /// The fake's ed25519 public key, hex, as the Developer Portal shows it.
    pub fn public_key_hex(&self) -> String {
        hex::encode(self.inner.signing_key.verifying_key().to_bytes())
    }

    /// Posts `body` to the bot's interactions endpoint as Discord does (signed over
    /// timestamp ++ body). With a valid signature the interaction is registered first, so
    /// follow-ups and edits through the webhook routes work, and a 200 answer is taken as the
    /// interaction response (validated like a callback POST). Returns (status, body JSON or Null);
    /// status 0 means no answer within Discord's 3 seconds.
    pub async fn post_interaction(&self, endpoint: &str, body: &Value, signature: Signature) -> (u16, Value) {
        let bytes = serde_json::to_vec(body).expect("serialize interaction");
        let timestamp = unix_now().as_secs().to_string();
        let mut headers = vec![
            ("Content-Type".to_owned(), "application/json".to_owned()),
            ("User-Agent".to_owned(), "Discord-Interactions/1.0 (+https://discord.com)".to_owned()),
        ];
        let signer = match signature {
            Signature::Valid => Some(self.inner.signing_key.clone()),
            Signature::Invalid => Some(SigningKey::from_bytes(&FOREIGN_SIGNING_SEED)),
            Signature::Missing => None,
        };
        if let Some(key) = signer {
            let signed = key.sign(&[timestamp.as_bytes(), &bytes].concat());
            headers.push(("X-Signature-Ed25519".to_owned(), hex::encode(signed.to_bytes())));
            headers.push(("X-Signature-Timestamp".to_owned(), timestamp));
        }
        let kind = body.get("type").and_then(Value::as_u64).unwrap_or(0);
        let registered = signature == Signature::Valid && kind != 1;
        if registered {
            register_interaction(&mut self.inner.state(), body, Some(Instant::now()));
        }
        let exchange = http_exchange("POST", endpoint, &headers, &bytes);
        let Ok(Ok(response)) = tokio::time::timeout(INTERACTION_DEADLINE, exchange).await else {
            return (0, Value::Null);
        };
        if registered && response.status == 200 {
            if let Some(id) = id_of(body.get("id")) {
                let mut st = self.inner.state();
                let _ = self.inner.apply_interaction_response(&mut st, id, &response.body);
            }
            self.inner.bump();
        }
        (response.status, response.body)
    }

    /// Sends a request to the fake REST API with the bot's token and returns the raw answer, for
    /// asserting on headers and bodies serenity does not expose.
    pub async fn raw_request(&self, method: &str, path: &str, body: Option<&Value>) -> RawResponse {
        let url = format!("{}{path}", self.base_url());
        let mut headers = vec![("Authorization".to_owned(), format!("Bot {}", FakeDiscord::TOKEN))];
        let bytes = match body {
            Some(body) => {
                headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
                serde_json::to_vec(body).expect("serialize body")
            }
            None => Vec::new(),
        };
        http_exchange(method, &url, &headers, &bytes).await.expect("request to the fake REST API")
    }

    /// Makes "now", for the checks Discord makes against its own clock (an event may not be
    /// scheduled in the past), the clock the bot under test runs on.
    pub fn follow_clock(&self, now: impl Fn() -> chrono::DateTime<chrono::Utc> + Send + Sync + 'static) {
        self.inner.state().now = Some(Arc::new(now));
    }
}

impl State {
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.now.as_ref().map_or_else(chrono::Utc::now, |now| now())
    }
}

impl Inner {
    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    fn bump(&self) {
        self.changed.send_modify(|v| *v = v.wrapping_add(1));
    }

    fn track(&self, task: AbortHandle) {
        let mut tasks = lock(&self.tasks);
        tasks.retain(|t| !t.is_finished());
        tasks.push(task);
    }

    fn gateway_url(&self) -> String {
        format!("ws://{}", self.gateway_addr)
    }

    async fn wait_until<T>(&self, within: Duration, mut check: impl FnMut(&mut State) -> Option<T>) -> Option<T> {
        let deadline = tokio::time::Instant::now() + within;
        let mut changes = self.changed.subscribe();
        loop {
            if let Some(found) = check(&mut self.state()) {
                return Some(found);
            }
            match tokio::time::timeout_at(deadline, changes.changed()).await {
                Ok(Ok(())) => continue,
                _ => return check(&mut self.state()),
            }
        }
    }

    /// Discord-style snowflake: milliseconds since the Discord epoch, then worker/process/increment,
    /// strictly increasing within the fake.
    fn snowflake(&self) -> u64 {
        let ms = u64::try_from(unix_now().as_millis()).unwrap_or(u64::MAX).saturating_sub(DISCORD_EPOCH_MS);
        let candidate = (ms << 22) | (1 << 17);
        let previous = self
            .last_snowflake
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |last| Some(candidate.max(last + 1)))
            .unwrap_or(0);
        candidate.max(previous + 1)
    }

    // ---------------------------------------------------------------- objects

    fn app_info(&self) -> Value {
        json!({
            "id": FakeDiscord::APPLICATION_ID.to_string(),
            "name": BOT_USERNAME,
            "icon": null,
            "description": "",
            "summary": "",
            "type": null,
            "hook": true,
            "bot_public": false,
            "bot_require_code_grant": false,
            "verify_key": hex::encode(self.signing_key.verifying_key().to_bytes()),
            "flags": 1 << 23,
            "owner": person_json(GUILD_OWNER_ID, "Owner"),
            "team": null,
            "redirect_uris": [],
            "interactions_endpoint_url": null,
            "role_connections_verification_url": null,
            "approximate_guild_count": 1,
            "bot": bot_user(),
        })
    }

    fn guild_json(&self, st: &State) -> Value {
        // Two halves: one json! literal this large exceeds the macro recursion limit.
        let mut guild = json!({
            "id": FakeDiscord::GUILD_ID.to_string(),
            "name": GUILD_NAME,
            "icon": null,
            "icon_hash": null,
            "splash": null,
            "discovery_splash": null,
            "owner_id": GUILD_OWNER_ID.to_string(),
            "afk_channel_id": null,
            "afk_timeout": 300,
            "widget_enabled": false,
            "widget_channel_id": null,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "roles": [everyone_role()],
            "emojis": [],
            "features": [],
            "mfa_level": 0,
            "application_id": null,
            "system_channel_id": FakeDiscord::CHANNEL_ID.to_string(),
            "system_channel_flags": 0,
            "rules_channel_id": null,
            "max_presences": null,
            "max_members": 500_000,
            "vanity_url_code": null,
            "description": null,
            "banner": null,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": null,
        });
        let gateway_fields = json!({
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "nsfw_level": 0,
            "stickers": [],
            "premium_progress_bar_enabled": false,
            "safety_alerts_channel_id": null,
            "incidents_data": null,
            "joined_at": JOINED_AT,
            "large": false,
            "unavailable": false,
            "lazy": true,
            "member_count": 2,
            "voice_states": [],
            "members": [member_json(Some(bot_user()), &[], BOT_PERMISSIONS)],
            "channels": [text_channel_json()],
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": st.scheduled_events,
            "soundboard_sounds": [],
            "embedded_activities": [],
        });
        if let (Some(guild), Value::Object(more)) = (guild.as_object_mut(), gateway_fields) {
            guild.extend(more);
        }
        guild
    }

    fn user_json(&self, st: &State, id: u64) -> Value {
        if id == FakeDiscord::BOT_USER_ID {
            return bot_user();
        }
        person_json(id, &display_name(st, id))
    }

    fn build_message(&self, id: u64, channel_id: u64, data: &Value, kind: u64) -> Value {
        let embeds: Vec<Value> = data
            .get("embeds")
            .and_then(Value::as_array)
            .map(|embeds| {
                embeds
                    .iter()
                    .map(|e| {
                        let mut e = e.clone();
                        if e.get("type").is_none() {
                            e["type"] = json!("rich");
                        }
                        e
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut message = json!({
            "id": id.to_string(),
            "channel_id": channel_id.to_string(),
            "author": bot_user(),
            "content": data.get("content").and_then(Value::as_str).unwrap_or(""),
            "timestamp": iso_now(),
            "edited_timestamp": null,
            "tts": data.get("tts").and_then(Value::as_bool).unwrap_or(false),
            "mention_everyone": false,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": embeds,
            "components": data.get("components").cloned().filter(Value::is_array).unwrap_or(json!([])),
            "pinned": false,
            "type": kind,
            "flags": data.get("flags").and_then(Value::as_u64).unwrap_or(0),
        });
        if let Some(nonce) = data.get("nonce").filter(|n| !n.is_null()) {
            message["nonce"] = nonce.clone();
        }
        if let Some(poll) = data.get("poll").filter(|p| !p.is_null()) {
            message["poll"] = poll.clone();
        }
        message
    }

    /// The attachments a message gets from the request's files and its JSON `attachments` (see the
    /// module docs); `existing` are the message's current ones when it is edited. `None` when the
    /// request says nothing about attachments (an edit then keeps them).
    fn take_attachments(
        &self,
        st: &mut State,
        data: &Map<String, Value>,
        channel_id: u64,
        existing: Option<&[Value]>,
        ephemeral: bool,
    ) -> Result<Option<Vec<Value>>, Reply> {
        let uploads = std::mem::take(&mut st.pending_files);
        let listed = data.get("attachments").filter(|a| !a.is_null());
        if uploads.is_empty() && listed.is_none() {
            return Ok(None);
        }
        let mut errors = FormErrors::default();
        let mut files: Vec<(u64, &Upload)> = Vec::new();
        for upload in &uploads {
            let n = upload
                .field
                .strip_prefix("files[")
                .and_then(|rest| rest.strip_suffix(']'))
                .and_then(|n| n.parse::<u64>().ok());
            match n {
                Some(n) if upload.filename.as_deref().is_some_and(|f| !f.is_empty()) => files.push((n, upload)),
                Some(_) => {
                    errors.add(std::slice::from_ref(&upload.field), "BASE_TYPE_REQUIRED", "A file needs a filename")
                }
                None => {
                    errors.add(std::slice::from_ref(&upload.field), "UNKNOWN_FIELD", "Files must be named files[n]")
                }
            }
            if upload.bytes.len() as u64 > ATTACHMENT_SIZE_LIMIT {
                return Err(Reply::error(413, 40005, "Request entity too large"));
            }
        }
        let entries = match listed {
            None => Vec::new(),
            Some(Value::Array(entries)) => entries.clone(),
            Some(_) => {
                errors.add(&["attachments".to_owned()], "BASE_TYPE_ARRAY", "Only iterables may be used in a ListType");
                Vec::new()
            }
        };
        let mut attachments: Vec<Value> = Vec::new();
        let mut named: HashSet<u64> = HashSet::new();
        for (i, entry) in entries.iter().enumerate() {
            let path = at(&at(&[], "attachments"), i);
            let Some(id) = id_of(entry.get("id")) else {
                errors.add(&at(&path, "id"), "BASE_TYPE_REQUIRED", "This field is required");
                continue;
            };
            if let Some((_, upload)) = files.iter().find(|(n, _)| *n == id) {
                named.insert(id);
                let filename = entry.get("filename").and_then(Value::as_str).or(upload.filename.as_deref());
                let description = entry.get("description").and_then(Value::as_str);
                attachments.push(self.store_attachment(st, channel_id, upload, filename, description, ephemeral));
            } else if let Some(kept) = existing.and_then(|e| e.iter().find(|a| id_of(a.get("id")) == Some(id))).cloned()
            {
                attachments.push(kept);
            } else {
                errors.add(&at(&path, "id"), "ATTACHMENT_NOT_FOUND", "Unknown attachment");
            }
        }
        if listed.is_none()
            && let Some(existing) = existing
        {
            attachments.extend(existing.iter().cloned());
        }
        for (n, upload) in &files {
            if !named.contains(n) {
                attachments.push(self.store_attachment(st, channel_id, upload, None, None, ephemeral));
            }
        }
        if attachments.len() > MAX_ATTACHMENTS {
            errors.add(&["attachments".to_owned()], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }
        errors.into_result()?;
        Ok(Some(attachments))
    }

    /// An attachment object for an uploaded file, its bytes kept for its `url`.
    fn store_attachment(
        &self,
        st: &mut State,
        channel_id: u64,
        upload: &Upload,
        filename: Option<&str>,
        description: Option<&str>,
        ephemeral: bool,
    ) -> Value {
        let id = self.snowflake();
        let filename = filename.or(upload.filename.as_deref()).unwrap_or("unknown").to_owned();
        let content_type = upload.content_type.clone().unwrap_or_else(|| "application/octet-stream".to_owned());
        let url = format!("http://{}{ATTACHMENTS_PREFIX}{channel_id}/{id}/{}", self.rest_addr, url_segment(&filename));
        st.attachment_data.insert(id, (content_type.clone(), upload.bytes.clone()));
        let mut attachment = json!({
            "id": id.to_string(),
            "filename": filename,
            "size": upload.bytes.len(),
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
        });
        if let Some(description) = description {
            attachment["description"] = json!(description);
        }
        if ephemeral {
            attachment["ephemeral"] = json!(true);
        }
        attachment
    }

    /// Shared fields of every interaction the builders produce.
    fn interaction_base(&self, st: &State, kind: u64, user_id: u64, data: Value) -> Value {
        let id = self.snowflake();
        let roles = st.member_roles.get(&user_id).cloned().unwrap_or_default();
        let user = person_json(user_id, &display_name(st, user_id));
        let mut channel = text_channel_json();
        channel["permissions"] = json!(MEMBER_PERMISSIONS.to_string());
        json!({
            "id": id.to_string(),
            "application_id": FakeDiscord::APPLICATION_ID.to_string(),
            "type": kind,
            "data": data,
            "guild": { "id": FakeDiscord::GUILD_ID.to_string(), "locale": "en-US", "features": [] },
            "guild_id": FakeDiscord::GUILD_ID.to_string(),
            "channel": channel,
            "channel_id": FakeDiscord::CHANNEL_ID.to_string(),
            "member": member_json(Some(user), &roles, MEMBER_PERMISSIONS),
            "token": interaction_token(id),
            "version": 1,
            "app_permissions": BOT_PERMISSIONS.to_string(),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": { "0": FakeDiscord::GUILD_ID.to_string() },
            "context": 0,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        })
    }

    fn complete_command_data(&self, st: &State, data: Value) -> Value {
        let mut data = match data {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        let kind = data.get("type").and_then(Value::as_u64).unwrap_or(1);
        data.insert("type".into(), json!(kind));
        let name = data.get("name").and_then(Value::as_str).unwrap_or("").to_owned();
        let same = |c: &&Value| {
            c.get("name").and_then(Value::as_str) == Some(name.as_str())
                && c.get("type").and_then(Value::as_u64).unwrap_or(1) == kind
        };
        let guild_command = st.guild_commands.get(&FakeDiscord::GUILD_ID).and_then(|cs| cs.iter().find(same));
        let registered = guild_command.or_else(|| st.global_commands.iter().find(same));
        if !data.contains_key("id") {
            let id =
                registered.and_then(|c| c.get("id").cloned()).unwrap_or_else(|| json!(self.snowflake().to_string()));
            data.insert("id".into(), id);
        }
        if guild_command.is_some() && !data.contains_key("guild_id") {
            data.insert("guild_id".into(), json!(FakeDiscord::GUILD_ID.to_string()));
        }
        if !data.contains_key("resolved") {
            let mut resolved = Map::new();
            if let Some(options) = data.get("options") {
                self.resolve_options(st, options, &mut resolved);
            }
            if !resolved.is_empty() {
                data.insert("resolved".into(), Value::Object(resolved));
            }
        }
        Value::Object(data)
    }

    /// Discord resolves user, role, channel and mentionable option values into full objects.
    fn resolve_options(&self, st: &State, options: &Value, resolved: &mut Map<String, Value>) {
        for option in options.as_array().into_iter().flatten() {
            let kind = option.get("type").and_then(Value::as_u64).unwrap_or(0);
            let id = id_of(option.get("value"));
            match (kind, id) {
                (6 | 9, Some(id)) => {
                    let users = resolved.entry("users").or_insert_with(|| json!({}));
                    users[id.to_string()] = self.user_json(st, id);
                    let roles = st.member_roles.get(&id).cloned().unwrap_or_default();
                    let mut member = member_json(None, &roles, MEMBER_PERMISSIONS);
                    if let Some(member) = member.as_object_mut() {
                        member.remove("user");
                        member.remove("deaf");
                        member.remove("mute");
                    }
                    let members = resolved.entry("members").or_insert_with(|| json!({}));
                    members[id.to_string()] = member;
                }
                (8, Some(id)) => {
                    let role = if id == FakeDiscord::GUILD_ID {
                        everyone_role()
                    } else {
                        role_json(id, &format!("role-{id}"))
                    };
                    let roles = resolved.entry("roles").or_insert_with(|| json!({}));
                    roles[id.to_string()] = role;
                }
                (7, Some(id)) => {
                    let channel = json!({
                        "id": id.to_string(),
                        "type": 0,
                        "name": if id == FakeDiscord::CHANNEL_ID { CHANNEL_NAME.to_owned() } else { format!("channel-{id}") },
                        "permissions": MEMBER_PERMISSIONS.to_string(),
                        "parent_id": null,
                        "guild_id": FakeDiscord::GUILD_ID.to_string(),
                    });
                    let channels = resolved.entry("channels").or_insert_with(|| json!({}));
                    channels[id.to_string()] = channel;
                }
                _ => {}
            }
            if let Some(nested) = option.get("options") {
                self.resolve_options(st, nested, resolved);
            }
        }
    }

    // ---------------------------------------------------------------- gateway bookkeeping

    /// Queues a dispatch on the session, or before any session when `before_session` allows.
    fn dispatch_locked(&self, st: &mut State, event: &str, data: Value, before_session: bool) {
        let gateway = &mut st.gateway;
        if gateway.session_id.is_none() {
            if before_session {
                gateway.pre_session.push((event.to_owned(), data));
            }
            return;
        }
        gateway.seq += 1;
        let frame = json!({ "op": 0, "t": event, "s": gateway.seq, "d": data });
        gateway.replay.push(frame.clone());
        if gateway.live
            && let Some(conn) = &gateway.current
        {
            let _ = conn.tx.send(Outbound::Frame(frame));
        }
    }

    /// Announces a bot message the way Discord's gateway would, if the session's intents ask.
    fn announce_message(&self, st: &mut State, event: &str, message: &Value, channel_id: u64) {
        let flags = message.get("flags").and_then(Value::as_u64).unwrap_or(0);
        if flags & MESSAGE_FLAG_EPHEMERAL != 0 {
            return;
        }
        let in_guild = channel_id == FakeDiscord::CHANNEL_ID;
        let intent = if in_guild { INTENT_GUILD_MESSAGES } else { INTENT_DIRECT_MESSAGES };
        if st.gateway.intents & intent == 0 {
            return;
        }
        let mut data = if event == "MESSAGE_DELETE" {
            json!({ "id": message["id"], "channel_id": message["channel_id"] })
        } else {
            message.clone()
        };
        if in_guild {
            data["guild_id"] = json!(FakeDiscord::GUILD_ID.to_string());
            if event != "MESSAGE_DELETE" {
                let mut member = member_json(None, &[], BOT_PERMISSIONS);
                if let Some(member) = member.as_object_mut() {
                    member.remove("user");
                    member.remove("permissions");
                }
                data["member"] = member;
            }
        }
        self.dispatch_locked(st, event, data, false);
    }

    fn announce_scheduled_event(&self, st: &mut State, event: &str, scheduled: Value) {
        if st.gateway.intents & INTENT_GUILD_SCHEDULED_EVENTS != 0 {
            self.dispatch_locked(st, event, scheduled, false);
        }
    }

    // ---------------------------------------------------------------- REST

    async fn handle_rest(self: Arc<Self>, request: Request<Incoming>) -> Response<Full<Bytes>> {
        let method = request.method().as_str().to_owned();
        let path = request.uri().path().to_owned();
        let headers = request.headers().clone();
        let bytes = request.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        let content_type = header("content-type");
        let authorization = header("authorization");
        let parsed = parse_body(&content_type, &bytes);

        let reply = {
            let mut st = self.state();
            let (body, files, mut reply) = match parsed {
                Ok((body, files)) => {
                    st.pending_files = files.clone();
                    let reply = if method == "GET" && path.starts_with(ATTACHMENTS_PREFIX) {
                        serve_attachment(&st, &path)
                    } else {
                        self.route(&mut st, &method, &path, &authorization, &body)
                    };
                    st.pending_files.clear();
                    (body, files, reply)
                }
                Err((body, reply)) => (body, Vec::new(), reply),
            };
            if reply.status < 400 && reply.raw.is_none() {
                add_bucket_headers(&mut st, &method, &path, &mut reply);
            }
            st.requests.push(Recorded { method, path, body, files, status: reply.status });
            reply
        };
        self.bump();
        to_response(reply)
    }

    fn route(&self, st: &mut State, method: &str, path: &str, authorization: &str, body: &Value) -> Reply {
        let Some(rest) = path.strip_prefix(API_PREFIX) else {
            return Reply::not_found();
        };
        if let Some(reply) = take_rate_limit(st, path) {
            return reply;
        }
        let segments: Vec<&str> = rest.trim_start_matches('/').split('/').collect();
        let token_in_url = matches!(segments.as_slice(), ["webhooks", ..] | ["interactions", ..] | ["gateway"]);
        if !token_in_url && authorization != format!("Bot {}", FakeDiscord::TOKEN) {
            return Reply::error(401, 0, "401: Unauthorized");
        }
        let app_ok = |app: &str| app.parse::<u64>().ok() == Some(FakeDiscord::APPLICATION_ID);
        let guild_ok = |guild: &str| guild.parse::<u64>().ok() == Some(FakeDiscord::GUILD_ID);
        match (method, segments.as_slice()) {
            ("GET", ["gateway"]) => Reply::ok(json!({ "url": self.gateway_url() })),
            ("GET", ["gateway", "bot"]) => Reply::ok(json!({
                "url": self.gateway_url(),
                "shards": 1,
                "session_start_limit": { "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1 },
            })),
            ("GET", ["users", "@me"]) => Reply::ok(bot_user()),
            ("GET", ["users", user]) => match user.parse() {
                Ok(id) => Reply::ok(self.user_json(st, id)),
                Err(_) => Reply::error(404, 10013, "Unknown User"),
            },
            ("POST", ["users", "@me", "channels"]) => self.open_dm(st, body),
            ("GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]) => Reply::ok(self.app_info()),
            (_, ["applications", app, "commands", ..]) if !app_ok(app) => Reply::missing_access(),
            (_, ["applications", app, "guilds", guild, "commands", ..]) if !app_ok(app) || !guild_ok(guild) => {
                Reply::missing_access()
            }
            ("GET", ["applications", _, "commands"]) => Reply::ok(json!(st.global_commands)),
            ("GET", ["applications", _, "guilds", _, "commands"]) => {
                Reply::ok(json!(st.guild_commands.get(&FakeDiscord::GUILD_ID).cloned().unwrap_or_default()))
            }
            ("PUT", ["applications", _, "commands"]) => self.overwrite_commands(st, None, body),
            ("PUT", ["applications", _, "guilds", _, "commands"]) => {
                self.overwrite_commands(st, Some(FakeDiscord::GUILD_ID), body)
            }
            ("POST", ["applications", _, "commands"]) => self.upsert_command(st, None, body),
            ("POST", ["applications", _, "guilds", _, "commands"]) => {
                self.upsert_command(st, Some(FakeDiscord::GUILD_ID), body)
            }
            (_, ["applications", _, "commands", id]) => self.one_command(st, method, None, id),
            (_, ["applications", _, "guilds", _, "commands", id]) => {
                self.one_command(st, method, Some(FakeDiscord::GUILD_ID), id)
            }
            ("POST", ["interactions", id, token, "callback"]) => self.interaction_callback(st, id, token, body),
            (_, ["webhooks", app, token, rest @ ..]) => self.webhook(st, method, app, token, rest, body),
            ("GET", ["channels", channel]) => match self.channel_json(st, channel) {
                Some(channel) => Reply::ok(channel),
                None => Reply::error(404, 10003, "Unknown Channel"),
            },
            (_, ["channels", channel, rest @ ..]) => self.channel_route(st, method, channel, rest, body),
            ("GET", ["guilds", guild]) if guild_ok(guild) => Reply::ok(self.guild_json(st)),
            ("GET", ["guilds", guild, "channels"]) if guild_ok(guild) => Reply::ok(json!([text_channel_json()])),
            ("GET", ["guilds", guild, "roles"]) if guild_ok(guild) => Reply::ok(json!([everyone_role()])),
            (_, ["guilds", guild, ..]) if !guild_ok(guild) => Reply::error(404, 10004, "Unknown Guild"),
            ("GET", ["guilds", _, "members", user]) => match user.parse::<u64>() {
                Ok(id) if st.not_members.contains(&id) => Reply::error(404, 10007, "Unknown Member"),
                Ok(id) => {
                    let roles = st.member_roles.get(&id).cloned().unwrap_or_default();
                    Reply::ok(member_json(Some(self.user_json(st, id)), &roles, MEMBER_PERMISSIONS))
                }
                Err(_) => Reply::error(404, 10007, "Unknown Member"),
            },
            (method @ ("PUT" | "DELETE"), ["guilds", _, "members", user, "roles", role]) => {
                let (Ok(user), Ok(role)) = (user.parse::<u64>(), role.parse::<u64>()) else {
                    return Reply::not_found();
                };
                let roles = st.member_roles.entry(user).or_default();
                if method == "PUT" {
                    if !roles.contains(&role) {
                        roles.push(role);
                    }
                } else {
                    roles.retain(|r| *r != role);
                }
                Reply::no_content()
            }
            ("GET", ["guilds", _, "scheduled-events"]) => Reply::ok(json!(st.scheduled_events)),
            ("POST", ["guilds", _, "scheduled-events"]) => self.create_scheduled_event(st, body),
            (_, ["guilds", _, "scheduled-events", id]) => self.scheduled_event(st, method, id, body),
            _ => Reply::not_found(),
        }
    }

    fn channel_json(&self, st: &State, channel: &str) -> Option<Value> {
        let id = channel.parse::<u64>().ok()?;
        if id == FakeDiscord::CHANNEL_ID {
            return Some(text_channel_json());
        }
        let (user, _) = st.dm_channels.iter().find(|(_, c)| **c == id)?;
        Some(dm_channel_json(id, self.user_json(st, *user)))
    }

    fn open_dm(&self, st: &mut State, body: &Value) -> Reply {
        let Some(recipient) = id_of(body.get("recipient_id")) else {
            let mut errors = FormErrors::default();
            errors.add(&["recipient_id".to_owned()], "BASE_TYPE_REQUIRED", "This field is required");
            return errors.into_result().err().unwrap_or_else(Reply::not_found);
        };
        let channel = match st.dm_channels.get(&recipient) {
            Some(id) => *id,
            None => {
                let id = self.snowflake();
                st.dm_channels.insert(recipient, id);
                id
            }
        };
        Reply::ok(dm_channel_json(channel, self.user_json(st, recipient)))
    }

    fn channel_route(&self, st: &mut State, method: &str, channel: &str, rest: &[&str], body: &Value) -> Reply {
        if self.channel_json(st, channel).is_none() {
            return Reply::error(404, 10003, "Unknown Channel");
        }
        let channel_id: u64 = channel.parse().unwrap_or_default();
        match (method, rest) {
            ("POST", ["messages"]) => self.create_channel_message(st, channel_id, body),
            ("GET", ["messages"]) => {
                let list: Vec<Value> = st
                    .messages
                    .iter()
                    .rev()
                    .filter(|m| m.channel_id == channel_id && !m.deleted && m.listed)
                    .map(|m| m.message.clone())
                    .collect();
                Reply::ok(json!(list))
            }
            ("POST", ["typing"]) => Reply::no_content(),
            (_, ["messages", message]) => {
                let Some(id) = message.parse::<u64>().ok() else {
                    return Reply::unknown_message();
                };
                let Some(index) = find_message(st, channel_id, id) else {
                    return Reply::unknown_message();
                };
                self.message_route(st, method, index, body)
            }
            _ => Reply::not_found(),
        }
    }

    /// GET, PATCH or DELETE of one stored message.
    fn message_route(&self, st: &mut State, method: &str, index: usize, body: &Value) -> Reply {
        match method {
            "GET" => Reply::ok(st.messages[index].message.clone()),
            "PATCH" => self.edit_message(st, index, body),
            "DELETE" => {
                let author = id_of(st.messages[index].message.get("author").and_then(|a| a.get("id")));
                if author != Some(FakeDiscord::BOT_USER_ID) && !st.manage_messages {
                    return Reply::error(403, 50013, "Missing Permissions");
                }
                self.delete_message(st, index)
            }
            _ => Reply::not_found(),
        }
    }

    fn create_channel_message(&self, st: &mut State, channel_id: u64, body: &Value) -> Reply {
        if st.dm_channels.iter().any(|(user, channel)| *channel == channel_id && st.dms_closed.contains(user)) {
            return Reply::error(403, 50007, "Cannot send messages to this user");
        }
        // Files alone (no `payload_json`) are a message too.
        let no_fields = Map::new();
        let data = match body.as_object() {
            Some(data) => data,
            None if !st.pending_files.is_empty() => &no_fields,
            None => return Reply::empty_message(),
        };
        let mut errors = FormErrors::default();
        validate_message(&mut errors, &[], data);
        if let Some(reference) = data.get("message_reference").filter(|r| !r.is_null()) {
            let target = id_of(reference.get("message_id"));
            let fail = reference.get("fail_if_not_exists").and_then(Value::as_bool).unwrap_or(true);
            if fail && target.and_then(|id| find_message(st, channel_id, id)).is_none() {
                errors.add(&["message_reference".to_owned()], "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
            }
        }
        if let Err(reply) = errors.into_result() {
            return reply;
        }
        let attachments = match self.take_attachments(st, data, channel_id, None, false) {
            Ok(attachments) => attachments.unwrap_or_default(),
            Err(reply) => return reply,
        };
        if message_is_empty(data) && attachments.is_empty() {
            return Reply::empty_message();
        }
        let nonce = data.get("nonce").filter(|n| !n.is_null()).map(|n| match n {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        let enforce = data.get("enforce_nonce").and_then(Value::as_bool).unwrap_or(false);
        if let (Some(nonce), true) = (&nonce, enforce)
            && let Some((at, id)) = st.nonces.get(nonce)
            && at.elapsed() < NONCE_WINDOW
            && let Some(index) = st.messages.iter().position(|m| id_of(m.message.get("id")) == Some(*id))
        {
            return Reply::ok(st.messages[index].message.clone());
        }
        let id = self.snowflake();
        let reference = data.get("message_reference").filter(|r| !r.is_null());
        let mut message = self.build_message(id, channel_id, body, if reference.is_some() { 19 } else { 0 });
        message["attachments"] = json!(attachments);
        if let Some(reference) = reference {
            message["message_reference"] = json!({
                "type": 0,
                "message_id": reference.get("message_id").cloned().unwrap_or(Value::Null),
                "channel_id": channel_id.to_string(),
                "guild_id": (channel_id == FakeDiscord::CHANNEL_ID).then(|| FakeDiscord::GUILD_ID.to_string()),
            });
            let referenced = id_of(reference.get("message_id")).and_then(|r| find_message(st, channel_id, r));
            message["referenced_message"] = referenced.map(|i| st.messages[i].message.clone()).unwrap_or(Value::Null);
        }
        if let (Some(nonce), true) = (nonce, enforce) {
            st.nonces.insert(nonce, (Instant::now(), id));
        }
        st.messages.push(StoredMessage { channel_id, message: message.clone(), deleted: false, listed: true });
        self.announce_message(st, "MESSAGE_CREATE", &message, channel_id);
        Reply::ok(message)
    }

    fn edit_message(&self, st: &mut State, index: usize, body: &Value) -> Reply {
        let no_fields = Map::new();
        let data = match body.as_object() {
            Some(data) => data,
            None if !st.pending_files.is_empty() => &no_fields,
            None => return Reply::ok(st.messages[index].message.clone()),
        };
        let mut errors = FormErrors::default();
        validate_message(&mut errors, &[], data);
        if let Err(reply) = errors.into_result() {
            return reply;
        }
        let existing = st.messages[index].message.get("attachments").and_then(Value::as_array).cloned();
        let flags = st.messages[index].message.get("flags").and_then(Value::as_u64).unwrap_or(0);
        let channel_id = st.messages[index].channel_id;
        let ephemeral = flags & MESSAGE_FLAG_EPHEMERAL != 0;
        let attachments =
            match self.take_attachments(st, data, channel_id, Some(existing.as_deref().unwrap_or_default()), ephemeral)
            {
                Ok(attachments) => attachments,
                Err(reply) => return reply,
            };
        let stored = &mut st.messages[index];
        let message = &mut stored.message;
        for field in ["content", "components", "embeds", "poll"] {
            if let Some(value) = data.get(field) {
                let value = if value.is_null() && field != "poll" {
                    if field == "content" { json!("") } else { json!([]) }
                } else {
                    value.clone()
                };
                message[field] = value;
            }
        }
        if let Some(attachments) = attachments {
            message["attachments"] = json!(attachments);
        }
        let flags = message.get("flags").and_then(Value::as_u64).unwrap_or(0);
        // Editing the "thinking" placeholder of a deferred response turns it into the real message.
        message["flags"] = json!(flags & !MESSAGE_FLAG_LOADING);
        message["edited_timestamp"] = json!(iso_now());
        let message = message.clone();
        let channel_id = stored.channel_id;
        self.announce_message(st, "MESSAGE_UPDATE", &message, channel_id);
        Reply::ok(message)
    }

    fn delete_message(&self, st: &mut State, index: usize) -> Reply {
        st.messages[index].deleted = true;
        let message = st.messages[index].message.clone();
        let channel_id = st.messages[index].channel_id;
        self.announce_message(st, "MESSAGE_DELETE", &message, channel_id);
        Reply::no_content()
    }

    // ---------------------------------------------------------------- commands

    fn overwrite_commands(&self, st: &mut State, guild: Option<u64>, body: &Value) -> Reply {
        let Some(list) = body.as_array() else {
            let mut errors = FormErrors::default();
            errors.add(&[], "BASE_TYPE_ARRAY", "Only iterables may be used in a ListType");
            return errors.into_result().err().unwrap_or_else(Reply::not_found);
        };
        let mut errors = FormErrors::default();
        validate_command_list(&mut errors, list);
        if let Err(reply) = errors.into_result() {
            return reply;
        }
        let existing = match guild {
            None => st.global_commands.clone(),
            Some(g) => st.guild_commands.get(&g).cloned().unwrap_or_default(),
        };
        let stored: Vec<Value> = list
            .iter()
            .map(|command| {
                let previous = existing.iter().find(|c| same_command(c, command));
                self.normalize_command(command, guild, previous)
            })
            .collect();
        match guild {
            None => st.global_commands = stored.clone(),
            Some(g) => {
                st.guild_commands.insert(g, stored.clone());
            }
        }
        Reply::ok(json!(stored))
    }

    fn upsert_command(&self, st: &mut State, guild: Option<u64>, body: &Value) -> Reply {
        let mut errors = FormErrors::default();
        validate_command(&mut errors, &[], body);
        if let Err(reply) = errors.into_result() {
            return reply;
        }
        let list = match guild {
            None => &mut st.global_commands,
            Some(g) => st.guild_commands.entry(g).or_default(),
        };
        let position = list.iter().position(|c| same_command(c, body));
        let command = self.normalize_command(body, guild, position.map(|i| &list[i]));
        match position {
            Some(i) => {
                list[i] = command.clone();
                Reply::ok(command)
            }
            None => {
                list.push(command.clone());
                Reply::json(201, command)
            }
        }
    }

    fn one_command(&self, st: &mut State, method: &str, guild: Option<u64>, id: &str) -> Reply {
        let list = match guild {
            None => &mut st.global_commands,
            Some(g) => st.guild_commands.entry(g).or_default(),
        };
        let Some(index) = list.iter().position(|c| c.get("id").and_then(Value::as_str) == Some(id)) else {
            return Reply::error(404, 10063, "Unknown application command");
        };
        match method {
            "GET" => Reply::ok(list[index].clone()),
            "DELETE" => {
                list.remove(index);
                Reply::no_content()
            }
            _ => Reply::not_found(),
        }
    }

    /// The command as Discord stores it. Overwriting keeps a command's id when name and type
    /// match, and its version while the definition is unchanged.
    fn normalize_command(&self, command: &Value, guild: Option<u64>, previous: Option<&Value>) -> Value {
        let kind = command.get("type").and_then(Value::as_u64).unwrap_or(1);
        let field = |name: &str| command.get(name).cloned().filter(|v| !v.is_null());
        let mut stored = json!({
            "id": previous.and_then(|p| p.get("id").cloned()).unwrap_or_else(|| json!(self.snowflake().to_string())),
            "application_id": FakeDiscord::APPLICATION_ID.to_string(),
            "version": previous.and_then(|p| p.get("version").cloned()).unwrap_or(Value::Null),
            "default_member_permissions": field("default_member_permissions").unwrap_or(Value::Null),
            "type": kind,
            "name": field("name").unwrap_or(json!("")),
            "name_localizations": field("name_localizations").unwrap_or(Value::Null),
            "description": field("description").unwrap_or(json!("")),
            "description_localizations": field("description_localizations").unwrap_or(Value::Null),
            "contexts": field("contexts").unwrap_or(Value::Null),
            "integration_types": field("integration_types").unwrap_or(json!([0])),
            "nsfw": field("nsfw").unwrap_or(json!(false)),
        });
        if let Some(guild) = guild {
            stored["guild_id"] = json!(guild.to_string());
        } else {
            stored["dm_permission"] = field("dm_permission").unwrap_or(json!(true));
        }
        if let Some(options) = field("options").filter(|o| o.as_array().is_some_and(|a| !a.is_empty())) {
            stored["options"] = options;
        }
        let unchanged = previous.is_some_and(|p| {
            let mut a = p.clone();
            let mut b = stored.clone();
            a["version"] = Value::Null;
            b["version"] = Value::Null;
            a == b
        });
        if !unchanged {
            stored["version"] = json!(self.snowflake().to_string());
        }
        stored
    }

    // ---------------------------------------------------------------- interactions

    fn interaction_callback(&self, st: &mut State, id: &str, token: &str, body: &Value) -> Reply {
        let Some(id) = id.parse::<u64>().ok() else {
            return Reply::unknown_interaction();
        };
        let Some(interaction) = st.interactions.get(&id) else {
            return Reply::unknown_interaction();
        };
        if interaction.token != token {
            return Reply::unknown_interaction();
        }
        let age = SystemTime::now().duration_since(snowflake_time(id)).unwrap_or_default();
        if interaction.delivered_at.is_none() || age > INTERACTION_DEADLINE {
            return Reply::unknown_interaction();
        }
        match self.apply_interaction_response(st, id, body) {
            Ok(()) => Reply::no_content(),
            Err(reply) => reply,
        }
    }

    /// Validates and records the (single) response to an interaction, creating or pointing at its
    /// original message.
    fn apply_interaction_response(&self, st: &mut State, id: u64, body: &Value) -> Result<(), Reply> {
        let Some(interaction) = st.interactions.get(&id) else {
            return Err(Reply::unknown_interaction());
        };
        validate_callback(interaction.kind, body, !st.pending_files.is_empty())?;
        if interaction.response.is_some() {
            return Err(Reply::error(400, 40060, "Interaction has already been acknowledged."));
        }
        let kind = body.get("type").and_then(Value::as_u64).unwrap_or(0);
        let data = body.get("data").cloned().unwrap_or_else(|| json!({}));
        let channel_id = interaction.channel_id;
        let attached = interaction.message_id;
        let message_type = match (interaction.kind, interaction.command_type) {
            (2, 1) => 20,
            (2, _) => 23,
            _ => 19,
        };
        let mut original = None;
        match kind {
            4 | 5 => {
                let mut data = data.clone();
                if kind == 5 {
                    let flags = data.get("flags").and_then(Value::as_u64).unwrap_or(0);
                    data = json!({ "content": "", "flags": (flags & MESSAGE_FLAG_EPHEMERAL) | MESSAGE_FLAG_LOADING });
                }
                let attachments = match data.as_object() {
                    Some(map) if kind == 4 => {
                        let ephemeral =
                            map.get("flags").and_then(Value::as_u64).unwrap_or(0) & MESSAGE_FLAG_EPHEMERAL != 0;
                        self.take_attachments(st, map, channel_id, None, ephemeral)?.unwrap_or_default()
                    }
                    _ => Vec::new(),
                };
                let message_id = self.snowflake();
                let mut message = self.build_message(message_id, channel_id, &data, message_type);
                message["attachments"] = json!(attachments);
                self.mark_interaction_message(&mut message, st, id);
                st.messages.push(StoredMessage { channel_id, message: message.clone(), deleted: false, listed: true });
                self.announce_message(st, "MESSAGE_CREATE", &message, channel_id);
                original = Some(message_id);
            }
            6 => original = attached,
            7 => {
                if let Some(index) = attached.and_then(|m| find_message(st, channel_id, m)) {
                    let _ = self.edit_message(st, index, &data);
                }
                original = attached;
            }
            _ => {}
        }
        if let Some(interaction) = st.interactions.get_mut(&id) {
            interaction.response = Some(body.clone());
            interaction.original_id = original;
        }
        Ok(())
    }

    fn mark_interaction_message(&self, message: &mut Value, st: &State, id: u64) {
        let Some(interaction) = st.interactions.get(&id) else {
            return;
        };
        message["webhook_id"] = json!(FakeDiscord::APPLICATION_ID.to_string());
        message["application_id"] = json!(FakeDiscord::APPLICATION_ID.to_string());
        let mut metadata = json!({
            "id": id.to_string(),
            "type": interaction.kind,
            "user": interaction.user,
            "authorizing_integration_owners": { "0": FakeDiscord::GUILD_ID.to_string() },
        });
        if let Some(original) = interaction.original_id {
            metadata["original_response_message_id"] = json!(original.to_string());
        }
        if let Some(attached) = interaction.message_id {
            metadata["interacted_message_id"] = json!(attached.to_string());
        }
        if let Some((opener_id, opener)) = interaction.opened_by.and_then(|o| Some((o, st.interactions.get(&o)?))) {
            metadata["triggering_interaction_metadata"] = json!({
                "id": opener_id.to_string(),
                "type": opener.kind,
                "user": opener.user,
                "authorizing_integration_owners": { "0": FakeDiscord::GUILD_ID.to_string() },
            });
        }
        message["interaction_metadata"] = metadata;
    }

    fn webhook(&self, st: &mut State, method: &str, app: &str, token: &str, rest: &[&str], body: &Value) -> Reply {
        if app.parse::<u64>().ok() != Some(FakeDiscord::APPLICATION_ID) {
            return Reply::unknown_webhook();
        }
        let Some((&id, interaction)) = st.interactions.iter().find(|(_, i)| i.token == token) else {
            return Reply::unknown_webhook();
        };
        if interaction.delivered_at.is_none_or(|at| at.elapsed() > INTERACTION_TOKEN_LIFETIME) {
            return Reply::error(401, 50027, "Invalid Webhook Token");
        }
        let channel_id = interaction.channel_id;
        match (method, rest) {
            ("POST", []) => self.followup(st, id, body),
            (_, ["messages", which]) => {
                let interaction = &st.interactions[&id];
                let message_id = if *which == "@original" {
                    interaction.original_id
                } else {
                    which
                        .parse::<u64>()
                        .ok()
                        .filter(|m| interaction.original_id == Some(*m) || interaction.followups.contains(m))
                };
                let Some(index) = message_id.and_then(|m| find_message(st, channel_id, m)) else {
                    return Reply::unknown_message();
                };
                self.message_route(st, method, index, body)
            }
            _ => Reply::not_found(),
        }
    }

    fn followup(&self, st: &mut State, id: u64, body: &Value) -> Reply {
        let interaction = &st.interactions[&id];
        if interaction.response.is_none() {
            return Reply::unknown_webhook();
        }
        // Files alone (no `payload_json`) are a message too.
        let no_fields = Map::new();
        let data = match body.as_object() {
            Some(data) => data,
            None if !st.pending_files.is_empty() => &no_fields,
            None => return Reply::empty_message(),
        };
        let mut errors = FormErrors::default();
        validate_message(&mut errors, &[], data);
        if let Err(reply) = errors.into_result() {
            return reply;
        }
        if message_is_empty(data) && st.pending_files.is_empty() {
            return Reply::empty_message();
        }
        let channel_id = interaction.channel_id;
        // The first follow-up after a deferred response replaces the "thinking" placeholder; the
        // placeholder's ephemerality wins over the follow-up's own flags.
        let placeholder = interaction.original_id.and_then(|m| find_message(st, channel_id, m)).filter(|i| {
            let flags = st.messages[*i].message.get("flags").and_then(Value::as_u64).unwrap_or(0);
            flags & MESSAGE_FLAG_LOADING != 0
        });
        if let Some(index) = placeholder {
            let mut data = body.clone();
            if let Some(map) = data.as_object_mut() {
                map.remove("flags");
            }
            return self.edit_message(st, index, &data);
        }
        let ephemeral = data.get("flags").and_then(Value::as_u64).unwrap_or(0) & MESSAGE_FLAG_EPHEMERAL != 0;
        let attachments = match self.take_attachments(st, data, channel_id, None, ephemeral) {
            Ok(attachments) => attachments.unwrap_or_default(),
            Err(reply) => return reply,
        };
        let message_id = self.snowflake();
        let mut message = self.build_message(message_id, channel_id, body, 0);
        message["attachments"] = json!(attachments);
        self.mark_interaction_message(&mut message, st, id);
        st.messages.push(StoredMessage { channel_id, message: message.clone(), deleted: false, listed: true });
        if let Some(interaction) = st.interactions.get_mut(&id) {
            interaction.followups.push(message_id);
        }
        self.announce_message(st, "MESSAGE_CREATE", &message, channel_id);
        Reply::ok(message)
    }

    // ---------------------------------------------------------------- scheduled events

    fn create_scheduled_event(&self, st: &mut State, body: &Value) -> Reply {
        let Some(data) = body.as_object() else {
            let mut errors = FormErrors::default();
            errors.add(&[], "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return errors.into_result().err().unwrap_or_else(Reply::not_found);
        };
        if let Err(reply) = validate_scheduled_event(data, true, st.now()) {
            return reply;
        }
        let id = self.snowflake();
        let field = |name: &str| data.get(name).cloned().unwrap_or(Value::Null);
        let event = json!({
            "id": id.to_string(),
            "guild_id": FakeDiscord::GUILD_ID.to_string(),
            "channel_id": field("channel_id"),
            "creator_id": FakeDiscord::BOT_USER_ID.to_string(),
            "name": field("name"),
            "description": field("description"),
            "scheduled_start_time": normalize_time(&field("scheduled_start_time")),
            "scheduled_end_time": normalize_time(&field("scheduled_end_time")),
            "privacy_level": field("privacy_level"),
            "status": 1,
            "entity_type": field("entity_type"),
            "entity_id": null,
            "entity_metadata": field("entity_metadata"),
            "creator": bot_user(),
            "user_count": 0,
            "image": null,
            "recurrence_rule": field("recurrence_rule"),
        });
        st.scheduled_events.push(event.clone());
        self.announce_scheduled_event(st, "GUILD_SCHEDULED_EVENT_CREATE", event.clone());
        Reply::ok(event)
    }

    fn scheduled_event(&self, st: &mut State, method: &str, id: &str, body: &Value) -> Reply {
        let Some(index) = st.scheduled_events.iter().position(|e| e.get("id").and_then(Value::as_str) == Some(id))
        else {
            return Reply::error(404, 10070, "Unknown Guild Scheduled Event");
        };
        match method {
            "GET" => Reply::ok(st.scheduled_events[index].clone()),
            "DELETE" => {
                let event = st.scheduled_events.remove(index);
                self.announce_scheduled_event(st, "GUILD_SCHEDULED_EVENT_DELETE", event);
                Reply::no_content()
            }
            "PATCH" => {
                let Some(patch) = body.as_object() else {
                    return Reply::ok(st.scheduled_events[index].clone());
                };
                let current = st.scheduled_events[index].clone();
                let status = current.get("status").and_then(Value::as_u64).unwrap_or(1);
                let mut merged = current.as_object().cloned().unwrap_or_default();
                for (key, value) in patch {
                    merged.insert(key.clone(), value.clone());
                }
                // A new start time must lie ahead only while the event has not started.
                let start_changed = patch.contains_key("scheduled_start_time") && status == 1;
                if let Err(reply) = validate_scheduled_event(&merged, start_changed, st.now()) {
                    return reply;
                }
                if let Some(next) = patch.get("status").and_then(Value::as_u64) {
                    let allowed = next == status || matches!((status, next), (1, 2) | (1, 4) | (2, 3));
                    if !allowed {
                        let mut errors = FormErrors::default();
                        errors.add(
                            &["status".to_owned()],
                            "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION",
                            "Invalid status transition",
                        );
                        return errors.into_result().err().unwrap_or_else(Reply::not_found);
                    }
                }
                for key in ["scheduled_start_time", "scheduled_end_time"] {
                    let normalized = normalize_time(merged.get(key).unwrap_or(&Value::Null));
                    merged.insert(key.to_owned(), normalized);
                }
                if merged.get("entity_type").and_then(Value::as_u64) == Some(3) {
                    merged.insert("channel_id".into(), Value::Null);
                }
                let event = Value::Object(merged);
                st.scheduled_events[index] = event.clone();
                self.announce_scheduled_event(st, "GUILD_SCHEDULED_EVENT_UPDATE", event.clone());
                Reply::ok(event)
            }
            _ => Reply::not_found(),
        }
    }

    // ---------------------------------------------------------------- gateway protocol

    fn open_connection(&self, tx: mpsc::UnboundedSender<Outbound>, query: String) -> u64 {
        let mut st = self.state();
        let gateway = &mut st.gateway;
        gateway.next_conn_id += 1;
        let id = gateway.next_conn_id;
        gateway.current = Some(Conn { id, tx });
        gateway.live = false;
        gateway.queries.push(query);
        id
    }

    fn close_connection(&self, conn_id: u64, client_close_code: Option<u16>) {
        {
            let mut st = self.state();
            let gateway = &mut st.gateway;
            if gateway.current.as_ref().is_some_and(|c| c.id == conn_id) {
                gateway.current = None;
                gateway.live = false;
                // A normal closure (1000/1001) ends the session for good; other codes keep it resumable.
                if matches!(client_close_code, Some(1000 | 1001)) {
                    gateway.session_id = None;
                    gateway.replay.clear();
                }
            }
        }
        self.bump();
    }

    fn mark_delivered(&self, frame: &Value) {
        if frame.get("t").and_then(Value::as_str) != Some("INTERACTION_CREATE") {
            return;
        }
        let Some(id) = id_of(frame.pointer("/d/id")) else {
            return;
        };
        if let Some(interaction) = self.state().interactions.get_mut(&id) {
            interaction.delivered_at.get_or_insert_with(Instant::now);
        }
        self.bump();
    }

    /// Handles one client payload; frames to send go through the connection's queue so that they
    /// stay ordered with dispatches.
    fn on_gateway_payload(&self, conn_id: u64, tx: &mpsc::UnboundedSender<Outbound>, text: &str) {
        let Ok(payload) = serde_json::from_str::<Value>(text) else {
            let _ = tx.send(Outbound::Close(4002, "Error while decoding payload."));
            return;
        };
        let op = payload.get("op").and_then(Value::as_u64);
        let data = payload.get("d").cloned().unwrap_or(Value::Null);
        let mut st = self.state();
        let is_current = st.gateway.current.as_ref().is_some_and(|c| c.id == conn_id);
        let authenticated = is_current && st.gateway.live;
        match op {
            Some(1) => {
                let _ = tx.send(Outbound::Frame(json!({ "op": 11, "d": null, "s": null, "t": null })));
            }
            Some(2) => {
                if authenticated {
                    let _ = tx.send(Outbound::Close(4005, "Already authenticated."));
                } else if !token_ok(&data) {
                    let _ = tx.send(Outbound::Close(4004, "Authentication failed."));
                } else if !data.get("intents").is_some_and(Value::is_u64) {
                    let _ = tx.send(Outbound::Close(4013, "Invalid intent(s)."));
                } else if is_current {
                    self.identify(&mut st, &data);
                }
            }
            Some(6) => {
                if !token_ok(&data) {
                    let _ = tx.send(Outbound::Close(4004, "Authentication failed."));
                } else if is_current {
                    self.resume(&mut st, tx, &data);
                }
            }
            Some(3 | 4 | 8 | 31) => {
                if !authenticated {
                    let _ = tx.send(Outbound::Close(4003, "Not authenticated."));
                }
            }
            _ => {
                let _ = tx.send(Outbound::Close(4001, "Unknown opcode."));
            }
        }
        drop(st);
        self.bump();
    }

    fn identify(&self, st: &mut State, data: &Value) {
        let shard = data.get("shard").cloned().unwrap_or(json!([0, 1]));
        let gateway = &mut st.gateway;
        gateway.identify_count += 1;
        gateway.session_id = Some(random_hex(32));
        gateway.seq = 0;
        gateway.replay.clear();
        gateway.live = true;
        gateway.intents = data.get("intents").and_then(Value::as_u64).unwrap_or(0);
        gateway.last_identify = Some(data.clone());
        let ready = json!({
            "v": 10,
            "user_settings": {},
            "user": bot_user(),
            "guilds": [{ "id": FakeDiscord::GUILD_ID.to_string(), "unavailable": true }],
            "session_id": gateway.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url(),
            "shard": shard,
            "application": { "id": FakeDiscord::APPLICATION_ID.to_string(), "flags": 1 << 23 },
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth": {},
            "_trace": ["[\"gateway-fake\"]"],
        });
        let intents = gateway.intents;
        let pending = std::mem::take(&mut gateway.pre_session);
        self.dispatch_locked(st, "READY", ready, false);
        if intents & INTENT_GUILDS != 0 {
            let guild = self.guild_json(st);
            self.dispatch_locked(st, "GUILD_CREATE", guild, false);
        }
        for (event, data) in pending {
            self.dispatch_locked(st, &event, data, false);
        }
    }

    fn resume(&self, st: &mut State, tx: &mpsc::UnboundedSender<Outbound>, data: &Value) {
        let session = data.get("session_id").and_then(Value::as_str);
        let seq = data.get("seq").and_then(Value::as_u64).unwrap_or(0);
        let gateway = &mut st.gateway;
        let resumable = session.is_some() && session == gateway.session_id.as_deref() && seq <= gateway.seq;
        if !resumable {
            let _ = tx.send(Outbound::Frame(json!({ "op": 9, "d": false, "s": null, "t": null })));
            return;
        }
        gateway.resume_count += 1;
        gateway.live = true;
        for frame in &gateway.replay {
            if frame.get("s").and_then(Value::as_u64).unwrap_or(0) > seq {
                let _ = tx.send(Outbound::Frame(frame.clone()));
            }
        }
        self.dispatch_locked(st, "RESUMED", json!({ "_trace": ["[\"gateway-fake\"]"] }), false);
    }
}

// -------------------------------------------------------------------- servers

async fn accept_rest(inner: Arc<Inner>, listener: TcpListener) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let connection_inner = inner.clone();
        let task = tokio::spawn(async move {
            let service = service_fn(move |request| {
                let inner = connection_inner.clone();
                async move { Ok::<_, Infallible>(inner.handle_rest(request).await) }
            });
            let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
        inner.track(task.abort_handle());
    }
}

async fn accept_gateway(inner: Arc<Inner>, listener: TcpListener) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let task = tokio::spawn(run_gateway_connection(inner.clone(), stream));
        inner.track(task.abort_handle());
    }
}

async fn run_gateway_connection(inner: Arc<Inner>, stream: TcpStream) {
    let mut query = String::new();
    // The error type is tungstenite's, fixed by its `Callback` trait.
    #[allow(clippy::result_large_err)]
    let callback = |request: &WsRequest, response: WsResponse| {
        query = request.uri().query().unwrap_or("").to_owned();
        Ok::<_, WsErrorResponse>(response)
    };
    let Ok(socket) = tokio_tungstenite::accept_hdr_async(stream, callback).await else {
        return;
    };
    let (mut sink, mut source) = socket.split();
    let version_ok = query.split('&').any(|pair| pair == "v=10");
    let (tx, mut rx) = mpsc::unbounded_channel();
    let conn_id = inner.open_connection(tx.clone(), query);
    let hello = json!({
        "op": 10,
        "d": { "heartbeat_interval": HEARTBEAT_INTERVAL_MS, "_trace": ["[\"gateway-fake\"]"] },
        "s": null,
        "t": null,
    });
    if sink.send(WsMessage::Text(hello.to_string())).await.is_err() {
        inner.close_connection(conn_id, None);
        return;
    }
    if !version_ok {
        let _ = tx.send(Outbound::Close(4012, "Invalid API version."));
    }
    let mut client_close = None;
    let mut await_close_reply = false;
    loop {
        tokio::select! {
            incoming = source.next() => match incoming {
                Some(Ok(WsMessage::Text(text))) => inner.on_gateway_payload(conn_id, &tx, &text),
                Some(Ok(WsMessage::Binary(_))) => {
                    let _ = tx.send(Outbound::Close(4002, "Error while decoding payload."));
                }
                Some(Ok(WsMessage::Close(frame))) => {
                    client_close = frame.map(|f| u16::from(f.code));
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            },
            outgoing = rx.recv() => match outgoing {
                Some(Outbound::Frame(frame)) => {
                    // Marked before it is written: the client may read it and answer before this
                    // task runs again, and Discord takes an answer to what it has dispatched.
                    inner.mark_delivered(&frame);
                    if sink.send(WsMessage::Text(frame.to_string())).await.is_err() {
                        break;
                    }
                }
                Some(Outbound::Close(code, reason)) => {
                    let frame = CloseFrame { code: CloseCode::from(code), reason: reason.into() };
                    let _ = sink.send(WsMessage::Close(Some(frame))).await;
                    await_close_reply = true;
                    break;
                }
                Some(Outbound::Drop) | None => break,
            },
        }
    }
    if await_close_reply {
        // Give the client a moment to answer the close handshake, then hang up.
        let _ = tokio::time::timeout(Duration::from_secs(2), async {
            while let Some(Ok(message)) = source.next().await {
                if matches!(message, WsMessage::Close(_)) {
                    break;
                }
            }
        })
        .await;
    }
    inner.close_connection(conn_id, client_close);
}

// -------------------------------------------------------------------- validation

fn validate_command_list(errors: &mut FormErrors, list: &[Value]) {
    let mut counts: HashMap<u64, usize> = HashMap::new();
    let mut names: HashSet<(u64, String)> = HashSet::new();
    for (i, command) in list.iter().enumerate() {
        let path = vec![i.to_string()];
        validate_command(errors, &path, command);
        let kind = command.get("type").and_then(Value::as_u64).unwrap_or(1);
        *counts.entry(kind).or_default() += 1;
        if let Some(name) = command.get("name").and_then(Value::as_str)
            && !names.insert((kind, name.to_owned()))
        {
            errors.add(
                &at(&path, "name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique",
            );
        }
    }
    for (kind, limit) in [(1, 100), (2, 15), (3, 15)] {
        if counts.get(&kind).copied().unwrap_or(0) > limit {
            errors.add(&[], "BASE_TYPE_MAX_LENGTH", format!("Must be {limit} or fewer in length."));
        }
    }
}

fn validate_command(errors: &mut FormErrors, path: &[String], command: &Value) {
    let Some(obj) = command.as_object() else {
        errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
        return;
    };
    let kind = match obj.get("type") {
        None | Some(Value::Null) => 1,
        Some(value) => match value.as_u64() {
            Some(k @ 1..=4) => k,
            _ => {
                errors.add(&at(path, "type"), "BASE_TYPE_CHOICE_NOT_VALID", "Value must be one of {1, 2, 3, 4}.");
                return;
            }
        },
    };
    let chat = kind == 1;
    check_command_name(errors, &at(path, "name"), obj.get("name"), chat);
    check_localizations(errors, &at(path, "name_localizations"), obj.get("name_localizations"), |e, p, v| {
        check_command_name(e, p, Some(v), chat)
    });
    if chat {
        check_str(errors, &at(path, "description"), obj.get("description"), 1, 100, true);
        check_localizations(
            errors,
            &at(path, "description_localizations"),
            obj.get("description_localizations"),
            |e, p, v| check_str(e, p, Some(v), 1, 100, true),
        );
        validate_options(errors, &at(path, "options"), obj.get("options"), Level::Top);
    } else {
        if obj.get("description").and_then(Value::as_str).is_some_and(|d| !d.is_empty()) {
            errors.add(
                &at(path, "description"),
                "APPLICATION_COMMAND_DESCRIPTION_INVALID",
                "Description must be empty for user and message commands",
            );
        }
        if obj.get("options").and_then(Value::as_array).is_some_and(|o| !o.is_empty()) {
            errors.add(
                &at(path, "options"),
                "APPLICATION_COMMAND_OPTIONS_INVALID",
                "Options are only allowed on chat input commands",
            );
        }
    }
    if let Some(permissions) = obj.get("default_member_permissions").filter(|p| !p.is_null()) {
        let valid = permissions.as_str().is_some_and(|s| s.parse::<u64>().is_ok());
        if !valid {
            errors.add(
                &at(path, "default_member_permissions"),
                "BASE_TYPE_STRING",
                "Must be a string of permission bits",
            );
        }
    }
    if command_text_len(command) > 4000 {
        errors.add(path, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (4000)");
    }
}

fn validate_options(errors: &mut FormErrors, path: &[String], options: Option<&Value>, level: Level) {
    let options = match options {
        None | Some(Value::Null) => return,
        Some(Value::Array(options)) => options,
        Some(_) => {
            errors.add(path, "BASE_TYPE_ARRAY", "Only iterables may be used in a ListType");
            return;
        }
    };
    if options.len() > 25 {
        errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    let kinds: Vec<u64> = options.iter().map(|o| o.get("type").and_then(Value::as_u64).unwrap_or(0)).collect();
    if kinds.iter().any(|k| matches!(k, 1 | 2)) && kinds.iter().any(|k| *k > 2) {
        errors.add(
            path,
            "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
            "Sub-command and sub-command group option types are mutually exclusive to all other types",
        );
    }
    let mut names = HashSet::new();
    let mut seen_optional = false;
    for (i, option) in options.iter().enumerate() {
        let p = at(path, i);
        let Some(obj) = option.as_object() else {
            errors.add(&p, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            continue;
        };
        let kind = kinds[i];
        if !(1..=11).contains(&kind) {
            errors.add(&at(&p, "type"), "BASE_TYPE_CHOICE_NOT_VALID", "Value must be one of {1, 2, ..., 11}.");
            continue;
        }
        match (level, kind) {
            (Level::Group, k) if k != 1 => errors.add(
                &at(&p, "type"),
                "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
                "Sub-command groups may only contain sub-commands",
            ),
            (Level::Sub, 1 | 2) => errors.add(
                &at(&p, "type"),
                "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
                "Sub-commands cannot contain sub-commands or sub-command groups",
            ),
            _ => {}
        }
        check_command_name(errors, &at(&p, "name"), obj.get("name"), true);
        if let Some(name) = obj.get("name").and_then(Value::as_str)
            && !names.insert(name.to_owned())
        {
            errors.add(
                &at(&p, "name"),
                "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS",
                "Option names must be unique",
            );
        }
        check_localizations(errors, &at(&p, "name_localizations"), obj.get("name_localizations"), |e, p, v| {
            check_command_name(e, p, Some(v), true)
        });
        check_str(errors, &at(&p, "description"), obj.get("description"), 1, 100, true);
        check_localizations(
            errors,
            &at(&p, "description_localizations"),
            obj.get("description_localizations"),
            |e, p, v| check_str(e, p, Some(v), 1, 100, true),
        );
        if kind > 2 {
            let required = obj.get("required").and_then(Value::as_bool).unwrap_or(false);
            if required && seen_optional {
                errors.add(
                    &at(&p, "required"),
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                );
            }
            seen_optional |= !required;
        }
        validate_choices(errors, &p, obj, kind);
        if kind == 3 {
            for (field, min) in [("min_length", 0), ("max_length", 1)] {
                if let Some(value) = obj.get(field).filter(|v| !v.is_null())
                    && !value.as_u64().is_some_and(|n| (min..=6000).contains(&n))
                {
                    errors.add(
                        &at(&p, field),
                        "NUMBER_TYPE_MAX",
                        format!("int value should be between {min} and 6000."),
                    );
                }
            }
        }
        match kind {
            1 => validate_options(errors, &at(&p, "options"), obj.get("options"), Level::Sub),
            2 => validate_options(errors, &at(&p, "options"), obj.get("options"), Level::Group),
            _ => {}
        }
    }
}

fn validate_choices(errors: &mut FormErrors, path: &[String], option: &Map<String, Value>, kind: u64) {
    let Some(choices) = option.get("choices").and_then(Value::as_array).filter(|c| !c.is_empty()) else {
        return;
    };
    let p = at(path, "choices");
    if !matches!(kind, 3 | 4 | 10) {
        errors.add(
            &p,
            "APPLICATION_COMMAND_OPTION_CHOICES_INVALID",
            "Choices are only allowed on string, integer and number options",
        );
    }
    if option.get("autocomplete").and_then(Value::as_bool).unwrap_or(false) {
        errors.add(
            &at(path, "autocomplete"),
            "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
            "Autocomplete cannot be enabled on options with choices",
        );
    }
    if choices.len() > 25 {
        errors.add(&p, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    for (j, choice) in choices.iter().enumerate() {
        let cp = at(&p, j);
        check_str(errors, &at(&cp, "name"), choice.get("name"), 1, 100, true);
        check_localizations(errors, &at(&cp, "name_localizations"), choice.get("name_localizations"), |e, p, v| {
            check_str(e, p, Some(v), 1, 100, true)
        });
        let value = choice.get("value");
        let vp = at(&cp, "value");
        match kind {
            3 => check_str(errors, &vp, value, 1, 100, true),
            4 => {
                let limit = 1i64 << 53;
                if !value.and_then(Value::as_i64).is_some_and(|n| (-limit..=limit).contains(&n)) {
                    errors.add(&vp, "NUMBER_TYPE_COERCE", "Value is not int.");
                }
            }
            10 if !value.is_some_and(Value::is_number) => {
                errors.add(&vp, "NUMBER_TYPE_COERCE", "Value is not float.");
            }
            _ => {}
        }
    }
}

fn command_text_len(command: &Value) -> usize {
    fn text(value: Option<&Value>) -> usize {
        match value {
            Some(Value::String(s)) => char_len(s),
            Some(Value::Number(n)) => n.to_string().len(),
            _ => 0,
        }
    }
    fn options(value: Option<&Value>) -> usize {
        value
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|o| {
                let choices: usize = o
                    .get("choices")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|c| text(c.get("name")) + text(c.get("value")))
                    .sum();
                text(o.get("name")) + text(o.get("description")) + choices + options(o.get("options"))
            })
            .sum()
    }
    text(command.get("name")) + text(command.get("description")) + options(command.get("options"))
}

fn check_command_name(errors: &mut FormErrors, path: &[String], value: Option<&Value>, chat_input: bool) {
    let name = match value {
        None | Some(Value::Null) => {
            errors.add(path, "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }
        Some(Value::String(name)) => name,
        Some(_) => {
            errors.add(path, "BASE_TYPE_STRING", "Must be a string.");
            return;
        }
    };
    let length = char_len(name);
    if !(1..=32).contains(&length) {
        errors.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
        return;
    }
    let valid_chars = name.chars().all(|c| c == '-' || c == '_' || c.is_alphanumeric());
    let lowercase = !name.chars().any(char::is_uppercase);
    if chat_input && !(valid_chars && lowercase) {
        errors.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }
}

fn check_localizations(
    errors: &mut FormErrors,
    path: &[String],
    value: Option<&Value>,
    check: impl Fn(&mut FormErrors, &[String], &Value),
) {
    match value {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (locale, text) in map {
                let p = at(path, locale);
                if !LOCALES.contains(&locale.as_str()) {
                    errors.add(
                        &p,
                        "BASE_TYPE_CHOICE_NOT_VALID",
                        format!("Value must be one of {{{}}}.", LOCALES.join(", ")),
                    );
                } else if !text.is_null() {
                    check(errors, &p, text);
                }
            }
        }
        Some(_) => errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType"),
    }
}

fn check_str(errors: &mut FormErrors, path: &[String], value: Option<&Value>, min: usize, max: usize, required: bool) {
    match value {
        None | Some(Value::Null) => {
            if required {
                errors.add(path, "BASE_TYPE_REQUIRED", "This field is required");
            }
        }
        Some(Value::String(s)) => {
            let n = char_len(s);
            if n < min || n > max {
                if min == 0 {
                    errors.add(path, "BASE_TYPE_MAX_LENGTH", format!("Must be {max} or fewer in length."));
                } else {
                    errors.add(path, "BASE_TYPE_BAD_LENGTH", format!("Must be between {min} and {max} in length."));
                }
            }
        }
        Some(_) => errors.add(path, "BASE_TYPE_STRING", "Must be a string."),
    }
}

fn check_max_items(errors: &mut FormErrors, path: &[String], value: Option<&Value>, max: usize) -> Vec<Value> {
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => {
            if items.len() > max {
                errors.add(path, "BASE_TYPE_MAX_LENGTH", format!("Must be {max} or fewer in length."));
            }
            items.clone()
        }
        Some(_) => {
            errors.add(path, "BASE_TYPE_ARRAY", "Only iterables may be used in a ListType");
            Vec::new()
        }
    }
}

fn validate_message(errors: &mut FormErrors, path: &[String], data: &Map<String, Value>) {
    check_str(errors, &at(path, "content"), data.get("content"), 0, 2000, false);
    let embeds = check_max_items(errors, &at(path, "embeds"), data.get("embeds"), 10);
    let mut total = 0;
    for (i, embed) in embeds.iter().enumerate() {
        total += validate_embed(errors, &at(&at(path, "embeds"), i), embed);
    }
    if total > 6000 {
        errors.add(&at(path, "embeds"), "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
    }
    validate_components(errors, &at(path, "components"), data.get("components"));
    match data.get("nonce") {
        None | Some(Value::Null) | Some(Value::Number(_)) => {}
        Some(Value::String(nonce)) => {
            if char_len(nonce) > 25 {
                errors.add(&at(path, "nonce"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            }
        }
        Some(_) => errors.add(&at(path, "nonce"), "NONCE_TYPE_INVALID", "Nonce must be an integer or a string"),
    }
}

/// Returns the characters the embed counts towards Discord's 6000-character total.
fn validate_embed(errors: &mut FormErrors, path: &[String], embed: &Value) -> usize {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map_or(0, char_len);
    check_str(errors, &at(path, "title"), embed.get("title"), 0, 256, false);
    check_str(errors, &at(path, "description"), embed.get("description"), 0, 4096, false);
    let mut total = text(embed.get("title")) + text(embed.get("description"));
    let fields = check_max_items(errors, &at(path, "fields"), embed.get("fields"), 25);
    for (i, field) in fields.iter().enumerate() {
        let p = at(&at(path, "fields"), i);
        check_str(errors, &at(&p, "name"), field.get("name"), 1, 256, true);
        check_str(errors, &at(&p, "value"), field.get("value"), 1, 1024, true);
        total += text(field.get("name")) + text(field.get("value"));
    }
    if let Some(footer) = embed.get("footer").filter(|f| !f.is_null()) {
        check_str(errors, &at(&at(path, "footer"), "text"), footer.get("text"), 1, 2048, true);
        total += text(footer.get("text"));
    }
    if let Some(author) = embed.get("author").filter(|a| !a.is_null()) {
        check_str(errors, &at(&at(path, "author"), "name"), author.get("name"), 1, 256, true);
        total += text(author.get("name"));
    }
    total
}

fn validate_components(errors: &mut FormErrors, path: &[String], value: Option<&Value>) {
    let rows = check_max_items(errors, path, value, 5);
    let mut custom_ids = HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        let rp = at(path, i);
        if row.get("type").and_then(Value::as_u64) != Some(1) {
            errors.add(&at(&rp, "type"), "COMPONENT_TYPE_INVALID", "Top-level components must be action rows");
            continue;
        }
        let cp = at(&rp, "components");
        let components = check_max_items(errors, &cp, row.get("components"), 5);
        if components.is_empty() {
            errors.add(&cp, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
        }
        let kinds: Vec<u64> = components.iter().map(|c| c.get("type").and_then(Value::as_u64).unwrap_or(0)).collect();
        if kinds.iter().any(|k| matches!(k, 3 | 5..=8)) && components.len() > 1 {
            errors.add(&cp, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width");
        }
        for (j, component) in components.iter().enumerate() {
            let p = at(&cp, j);
            match kinds[j] {
                2 => match component.get("style").and_then(Value::as_u64) {
                    Some(1..=4) => check_str(errors, &at(&p, "custom_id"), component.get("custom_id"), 1, 100, true),
                    Some(5) => {
                        check_str(errors, &at(&p, "url"), component.get("url"), 1, 512, true);
                        if component.get("custom_id").is_some_and(|c| !c.is_null()) {
                            errors.add(
                                &at(&p, "custom_id"),
                                "BUTTON_COMPONENT_URL_AND_CUSTOM_ID",
                                "A link button cannot have a custom id",
                            );
                        }
                    }
                    Some(6) => {
                        if component.get("sku_id").is_none_or(Value::is_null) {
                            errors.add(&at(&p, "sku_id"), "BASE_TYPE_REQUIRED", "This field is required");
                        }
                    }
                    _ => errors.add(
                        &at(&p, "style"),
                        "BASE_TYPE_CHOICE_NOT_VALID",
                        "Value must be one of {1, 2, 3, 4, 5, 6}.",
                    ),
                },
                kind @ (3 | 5..=8) => {
                    check_str(errors, &at(&p, "custom_id"), component.get("custom_id"), 1, 100, true);
                    check_str(errors, &at(&p, "placeholder"), component.get("placeholder"), 0, 150, false);
                    if kind == 3 {
                        let options = check_max_items(errors, &at(&p, "options"), component.get("options"), 25);
                        if options.is_empty() {
                            errors.add(
                                &at(&p, "options"),
                                "BASE_TYPE_BAD_LENGTH",
                                "Must be between 1 and 25 in length.",
                            );
                        }
                        for (k, option) in options.iter().enumerate() {
                            let op = at(&at(&p, "options"), k);
                            check_str(errors, &at(&op, "label"), option.get("label"), 1, 100, true);
                            check_str(errors, &at(&op, "value"), option.get("value"), 1, 100, true);
                        }
                    }
                }
                4 => errors.add(&at(&p, "type"), "COMPONENT_TYPE_INVALID", "Text inputs are only valid in modals"),
                _ => errors.add(&at(&p, "type"), "COMPONENT_TYPE_INVALID", "Invalid component type"),
            }
            if kinds[j] == 2 || kinds[j] == 3 || (5..=8).contains(&kinds[j]) {
                check_str(errors, &at(&p, "label"), component.get("label"), 0, 80, false);
            }
            if kinds[j] == 2
                && let Some(emoji) = component.get("emoji").filter(|e| !e.is_null())
                && !valid_partial_emoji(emoji)
            {
                errors.add(&at(&p, "emoji"), "BUTTON_COMPONENT_INVALID_EMOJI", "Invalid emoji");
            }
            if let Some(id) = component.get("custom_id").and_then(Value::as_str)
                && !custom_ids.insert(id.to_owned())
            {
                errors.add(
                    &at(&p, "custom_id"),
                    "COMPONENT_CUSTOM_ID_DUPLICATED",
                    "Component custom id cannot be duplicated",
                );
            }
        }
    }
}

/// A button's partial emoji: a custom one by `id`, or a Unicode one by `name`, which must be an
/// emoji rather than text (the fake's approximation: no letters, digits or spaces, at most 8 chars).
fn valid_partial_emoji(emoji: &Value) -> bool {
    if id_of(emoji.get("id")).is_some() {
        return true;
    }
    emoji.get("name").and_then(Value::as_str).is_some_and(|name| {
        !name.is_empty() && char_len(name) <= 8 && !name.chars().any(|c| c.is_alphanumeric() || c.is_whitespace())
    })
}

fn validate_modal(errors: &mut FormErrors, path: &[String], data: &Value) {
    check_str(errors, &at(path, "custom_id"), data.get("custom_id"), 1, 100, true);
    check_str(errors, &at(path, "title"), data.get("title"), 1, 45, true);
    let cp = at(path, "components");
    let rows = check_max_items(errors, &cp, data.get("components"), 5);
    if rows.is_empty() {
        errors.add(&cp, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
    }
    let mut custom_ids = HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        let rp = at(&cp, i);
        let (input, ip) = match row.get("type").and_then(Value::as_u64) {
            Some(1) => {
                let inner = row.get("components").and_then(Value::as_array).cloned().unwrap_or_default();
                if inner.len() != 1 {
                    errors.add(&at(&rp, "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 1 in length.");
                    continue;
                }
                (inner[0].clone(), at(&at(&rp, "components"), 0))
            }
            Some(18) => {
                check_str(errors, &at(&rp, "label"), row.get("label"), 1, 45, true);
                (row.get("component").cloned().unwrap_or(Value::Null), at(&rp, "component"))
            }
            _ => {
                errors.add(&at(&rp, "type"), "COMPONENT_TYPE_INVALID", "Modal rows must be action rows or labels");
                continue;
            }
        };
        match input.get("type").and_then(Value::as_u64) {
            Some(4) => {
                check_str(errors, &at(&ip, "custom_id"), input.get("custom_id"), 1, 100, true);
                if row.get("type").and_then(Value::as_u64) == Some(1) {
                    check_str(errors, &at(&ip, "label"), input.get("label"), 1, 45, true);
                }
                if !matches!(input.get("style").and_then(Value::as_u64), Some(1 | 2)) {
                    errors.add(&at(&ip, "style"), "BASE_TYPE_CHOICE_NOT_VALID", "Value must be one of {1, 2}.");
                }
                check_str(errors, &at(&ip, "value"), input.get("value"), 0, 4000, false);
                check_str(errors, &at(&ip, "placeholder"), input.get("placeholder"), 0, 100, false);
            }
            Some(3 | 5..=8) if row.get("type").and_then(Value::as_u64) == Some(18) => {
                check_str(errors, &at(&ip, "custom_id"), input.get("custom_id"), 1, 100, true);
            }
            _ => errors.add(&at(&ip, "type"), "COMPONENT_TYPE_INVALID", "Modals may only contain text inputs"),
        }
        if let Some(id) = input.get("custom_id").and_then(Value::as_str)
            && !custom_ids.insert(id.to_owned())
        {
            errors.add(
                &at(&ip, "custom_id"),
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                "Component custom id cannot be duplicated",
            );
        }
    }
}

/// Checks an interaction response body (callback POST or HTTP-mode answer).
fn validate_callback(interaction_kind: u64, body: &Value, has_files: bool) -> Result<(), Reply> {
    let mut errors = FormErrors::default();
    let type_path = vec!["type".to_owned()];
    let Some(kind) = body.get("type").and_then(Value::as_u64).filter(|k| matches!(k, 1 | 4..=9)) else {
        errors.add(&type_path, "BASE_TYPE_CHOICE_NOT_VALID", "Value must be one of {1, 4, 5, 6, 7, 8, 9}.");
        return errors.into_result();
    };
    let allowed = match kind {
        1 => interaction_kind == 1,
        4 | 5 => matches!(interaction_kind, 2 | 3 | 5),
        6 | 7 => matches!(interaction_kind, 3 | 5),
        8 => interaction_kind == 4,
        9 => matches!(interaction_kind, 2 | 3),
        _ => false,
    };
    if !allowed {
        errors.add(
            &type_path,
            "INTERACTION_RESPONSE_TYPE_INVALID",
            "This response type is not valid for this interaction type",
        );
        return errors.into_result();
    }
    let data_path = vec!["data".to_owned()];
    let data = body.get("data").filter(|d| !d.is_null());
    match kind {
        4 | 7 => {
            let map = data.and_then(Value::as_object).cloned().unwrap_or_default();
            validate_message(&mut errors, &data_path, &map);
            errors.into_result()?;
            if kind == 4 && message_is_empty(&map) && !has_files {
                return Err(Reply::empty_message());
            }
            Ok(())
        }
        8 => {
            let empty = json!({});
            let data = data.unwrap_or(&empty);
            let cp = at(&data_path, "choices");
            let choices = check_max_items(&mut errors, &cp, data.get("choices"), 25);
            for (i, choice) in choices.iter().enumerate() {
                let p = at(&cp, i);
                check_str(&mut errors, &at(&p, "name"), choice.get("name"), 1, 100, true);
                match choice.get("value") {
                    Some(Value::String(_)) => {
                        check_str(&mut errors, &at(&p, "value"), choice.get("value"), 0, 100, true)
                    }
                    Some(Value::Number(_)) => {}
                    _ => errors.add(&at(&p, "value"), "BASE_TYPE_REQUIRED", "This field is required"),
                }
            }
            errors.into_result()
        }
        9 => {
            let empty = json!({});
            validate_modal(&mut errors, &data_path, data.unwrap_or(&empty));
            errors.into_result()
        }
        _ => Ok(()),
    }
}

fn validate_scheduled_event(
    data: &Map<String, Value>,
    start_must_be_future: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), Reply> {
    let mut errors = FormErrors::default();
    let p = |field: &str| vec![field.to_owned()];
    check_str(&mut errors, &p("name"), data.get("name"), 1, 100, true);
    check_str(&mut errors, &p("description"), data.get("description"), 0, 1000, false);
    if data.get("privacy_level").and_then(Value::as_u64) != Some(2) {
        errors.add(&p("privacy_level"), "BASE_TYPE_CHOICE_NOT_VALID", "Value must be one of {2}.");
    }
    let entity_type = data.get("entity_type").and_then(Value::as_u64);
    if !matches!(entity_type, Some(1..=3)) {
        errors.add(&p("entity_type"), "BASE_TYPE_CHOICE_NOT_VALID", "Value must be one of {1, 2, 3}.");
    }
    let start = parse_time(data.get("scheduled_start_time"));
    match (data.get("scheduled_start_time"), start) {
        (None | Some(Value::Null), _) => {
            errors.add(&p("scheduled_start_time"), "BASE_TYPE_REQUIRED", "This field is required")
        }
        (_, None) => {
            errors.add(&p("scheduled_start_time"), "DATE_TIME_TYPE_PARSE", "Could not parse date. Should be ISO8601.")
        }
        (_, Some(start)) => {
            if start_must_be_future && start <= now {
                errors.add(
                    &p("scheduled_start_time"),
                    "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST",
                    "Cannot schedule event in the past.",
                );
            }
        }
    }
    let end_value = data.get("scheduled_end_time").filter(|v| !v.is_null());
    let end = parse_time(end_value);
    if end_value.is_some() && end.is_none() {
        errors.add(&p("scheduled_end_time"), "DATE_TIME_TYPE_PARSE", "Could not parse date. Should be ISO8601.");
    }
    if let (Some(start), Some(end)) = (start, end)
        && end <= start
    {
        errors.add(
            &p("scheduled_end_time"),
            "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
            "Cannot schedule event to end before starting.",
        );
    }
    let channel = data.get("channel_id").filter(|c| !c.is_null());
    if entity_type == Some(3) {
        let location = data.get("entity_metadata").and_then(|m| m.get("location"));
        check_str(&mut errors, &["entity_metadata".to_owned(), "location".to_owned()], location, 1, 100, true);
        if end_value.is_none() {
            errors.add(&p("scheduled_end_time"), "BASE_TYPE_REQUIRED", "This field is required");
        }
        if channel.is_some() {
            errors.add(
                &p("channel_id"),
                "GUILD_SCHEDULED_EVENT_CHANNEL_INVALID",
                "External events cannot have a channel",
            );
        }
    } else if matches!(entity_type, Some(1 | 2)) && channel.is_none() {
        errors.add(&p("channel_id"), "BASE_TYPE_REQUIRED", "This field is required");
    }
    errors.into_result()
}

// -------------------------------------------------------------------- helpers

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn at(path: &[String], segment: impl ToString) -> Vec<String> {
    let mut next = path.to_vec();
    next.push(segment.to_string());
    next
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

fn unix_now() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn iso_now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, false)
}

fn parse_time(value: Option<&Value>) -> Option<chrono::DateTime<chrono::Utc>> {
    let text = value?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&chrono::Utc))
}

fn normalize_time(value: &Value) -> Value {
    match parse_time(Some(value)) {
        Some(time) => json!(time.to_rfc3339_opts(chrono::SecondsFormat::Micros, false)),
        None => Value::Null,
    }
}

fn id_of(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

fn random_hex(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len).map(|_| char::from_digit(rng.random_range(0..16), 16).unwrap_or('0')).collect()
}

/// When Discord created what a snowflake names.
fn snowflake_time(id: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_millis((id >> 22) + DISCORD_EPOCH_MS)
}

fn interaction_token(id: u64) -> String {
    let random: String = rand::rng().sample_iter(&Alphanumeric).take(64).map(char::from).collect();
    format!("aW50ZXJhY3Rpb246{id}{random}")
}

fn token_ok(data: &Value) -> bool {
    let token = data.get("token").and_then(Value::as_str).unwrap_or("");
    token == FakeDiscord::TOKEN || token.strip_prefix("Bot ") == Some(FakeDiscord::TOKEN)
}

fn display_name(st: &State, id: u64) -> String {
    st.users.get(&id).cloned().unwrap_or_else(|| format!("user{id}"))
}

fn username_from(display: &str, id: u64) -> String {
    let name: String = display
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '_' { c } else { '_' })
        .take(32)
        .collect();
    if name.trim_matches('_').len() < 2 { format!("user{id}") } else { name }
}

fn bot_user() -> Value {
    json!({
        "id": FakeDiscord::BOT_USER_ID.to_string(),
        "username": BOT_USERNAME,
        "discriminator": "4821",
        "global_name": null,
        "avatar": null,
        "bot": true,
        "verified": true,
        "mfa_enabled": false,
        "locale": "en-US",
        "email": null,
        "flags": 0,
        "public_flags": 0,
        "premium_type": 0,
        "banner": null,
        "accent_color": null,
        "avatar_decoration_data": null,
        "bio": "",
    })
}

fn person_json(id: u64, display: &str) -> Value {
    json!({
        "id": id.to_string(),
        "username": username_from(display, id),
        "global_name": display,
        "discriminator": "0",
        "avatar": null,
        "public_flags": 0,
        "flags": 0,
        "banner": null,
        "accent_color": null,
        "avatar_decoration_data": null,
        "collectibles": null,
        "primary_guild": null,
    })
}

fn member_json(user: Option<Value>, roles: &[u64], permissions: u64) -> Value {
    let roles: Vec<String> = roles.iter().map(u64::to_string).collect();
    let mut member = json!({
        "nick": null,
        "avatar": null,
        "banner": null,
        "roles": roles,
        "joined_at": JOINED_AT,
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "permissions": permissions.to_string(),
        "communication_disabled_until": null,
        "unusual_dm_activity_until": null,
    });
    if let Some(user) = user {
        member["user"] = user;
    }
    member
}

fn role_json(id: u64, name: &str) -> Value {
    json!({
        "id": id.to_string(),
        "name": name,
        "color": 0,
        "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": if id == FakeDiscord::GUILD_ID { 0 } else { 1 },
        "permissions": MEMBER_PERMISSIONS.to_string(),
        "managed": false,
        "mentionable": false,
        "flags": 0,
    })
}

fn everyone_role() -> Value {
    role_json(FakeDiscord::GUILD_ID, "@everyone")
}

fn text_channel_json() -> Value {
    json!({
        "id": FakeDiscord::CHANNEL_ID.to_string(),
        "type": 0,
        "guild_id": FakeDiscord::GUILD_ID.to_string(),
        "name": CHANNEL_NAME,
        "position": 0,
        "permission_overwrites": [],
        "parent_id": null,
        "topic": null,
        "nsfw": false,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "flags": 0,
    })
}

fn dm_channel_json(id: u64, recipient: Value) -> Value {
    json!({ "id": id.to_string(), "type": 1, "last_message_id": null, "flags": 0, "recipients": [recipient] })
}

fn has_custom_id(message: &Value, custom_id: &str) -> bool {
    message.get("components").and_then(Value::as_array).into_iter().flatten().any(|row| {
        row.get("components")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|c| c.get("custom_id").and_then(Value::as_str) == Some(custom_id))
    })
}

fn find_message(st: &State, channel_id: u64, id: u64) -> Option<usize> {
    st.messages.iter().position(|m| m.channel_id == channel_id && !m.deleted && id_of(m.message.get("id")) == Some(id))
}

fn message_is_empty(data: &Map<String, Value>) -> bool {
    let non_empty_list = |field: &str| data.get(field).and_then(Value::as_array).is_some_and(|a| !a.is_empty());
    let content = data.get("content").and_then(Value::as_str).is_some_and(|c| !c.is_empty());
    let poll = data.get("poll").is_some_and(|p| !p.is_null());
    !(content || poll || ["embeds", "components", "sticker_ids", "attachments"].iter().any(|f| non_empty_list(f)))
}

fn same_command(a: &Value, b: &Value) -> bool {
    let kind = |c: &Value| c.get("type").and_then(Value::as_u64).unwrap_or(1);
    a.get("name") == b.get("name") && kind(a) == kind(b)
}

fn register_interaction(st: &mut State, payload: &Value, delivered_at: Option<Instant>) {
    let Some(id) = id_of(payload.get("id")) else {
        return;
    };
    if st.interactions.contains_key(&id) {
        // Delivered again: Discord still holds its first response.
        return;
    }
    let user = payload.pointer("/member/user").or_else(|| payload.get("user")).cloned().unwrap_or(Value::Null);
    let channel_id = id_of(payload.get("channel_id"))
        .or_else(|| id_of(payload.pointer("/channel/id")))
        .unwrap_or(FakeDiscord::CHANNEL_ID);
    let message_id = id_of(payload.pointer("/message/id"));
    if let Some(message) = payload.get("message").filter(|_| message_id.is_some()) {
        // A component on a message the fake never stored still needs a target for UPDATE_MESSAGE.
        if message_id.and_then(|m| find_message(st, channel_id, m)).is_none() {
            st.messages.push(StoredMessage { channel_id, message: message.clone(), deleted: false, listed: false });
        }
    }
    // A modal submission comes from the latest modal with its custom ID shown to the same person.
    let opened_by = (payload.get("type").and_then(Value::as_u64) == Some(5))
        .then(|| {
            let custom_id = payload.pointer("/data/custom_id");
            st.interactions
                .iter()
                .filter(|(_, i)| i.user.get("id") == user.get("id"))
                .filter(|(_, i)| {
                    i.response.as_ref().is_some_and(|r| r["type"] == 9 && r.pointer("/data/custom_id") == custom_id)
                })
                .map(|(id, _)| *id)
                .max()
        })
        .flatten();
    st.interactions.insert(
        id,
        InteractionState {
            token: payload.get("token").and_then(Value::as_str).unwrap_or("").to_owned(),
            kind: payload.get("type").and_then(Value::as_u64).unwrap_or(0),
            command_type: payload.pointer("/data/type").and_then(Value::as_u64).unwrap_or(1),
            channel_id,
            user,
            message_id,
            delivered_at,
            response: None,
            original_id: None,
            followups: Vec::new(),
            opened_by,
        },
    );
}

fn take_rate_limit(st: &mut State, path: &str) -> Option<Reply> {
    let short = path.strip_prefix(API_PREFIX).unwrap_or(path);
    let rule = st
        .rate_limits
        .iter_mut()
        .find(|r| r.remaining > 0 && (path.starts_with(&r.prefix) || short.starts_with(&r.prefix)))?;
    rule.remaining -= 1;
    let (retry_after, global) = (rule.retry_after, rule.global);
    let mut reply = Reply::json(
        429,
        json!({ "message": "You are being rate limited.", "retry_after": retry_after, "global": global }),
    );
    reply.headers.push(("retry-after", format!("{}", retry_after.ceil() as u64)));
    if global {
        reply.headers.push(("x-ratelimit-global", "true".to_owned()));
        reply.headers.push(("x-ratelimit-scope", "global".to_owned()));
    } else {
        let reset = unix_now().as_secs_f64() + retry_after;
        reply.headers.push(("x-ratelimit-scope", "user".to_owned()));
        reply.headers.push(("x-ratelimit-limit", "5".to_owned()));
        reply.headers.push(("x-ratelimit-remaining", "0".to_owned()));
        reply.headers.push(("x-ratelimit-reset", format!("{reset:.3}")));
        reply.headers.push(("x-ratelimit-reset-after", format!("{retry_after:.3}")));
        reply.headers.push(("x-ratelimit-bucket", bucket_hash(short)));
    }
    Some(reply)
}

/// Informational per-route limit headers, as Discord sends on every successful response.
fn add_bucket_headers(st: &mut State, method: &str, path: &str, reply: &mut Reply) {
    const LIMIT: u32 = 50;
    const WINDOW: Duration = Duration::from_secs(1);
    let short = path.strip_prefix(API_PREFIX).unwrap_or(path);
    let segments: Vec<&str> = short.trim_start_matches('/').split('/').collect();
    let token_route = matches!(segments.first(), Some(&"webhooks" | &"interactions"));
    let template: Vec<&str> = segments
        .iter()
        .enumerate()
        .map(|(i, s)| if s.parse::<u64>().is_ok() || (token_route && i == 2) { "{}" } else { s })
        .collect();
    let key = format!("{method} /{}", template.join("/"));
    let window = st.buckets.entry(key.clone()).or_insert((Instant::now(), 0));
    if window.0.elapsed() >= WINDOW {
        *window = (Instant::now(), 0);
    }
    window.1 += 1;
    let remaining = LIMIT.saturating_sub(window.1);
    let reset_after = WINDOW.saturating_sub(window.0.elapsed()).as_secs_f64();
    let reset = unix_now().as_secs_f64() + reset_after;
    reply.headers.push(("x-ratelimit-limit", LIMIT.to_string()));
    reply.headers.push(("x-ratelimit-remaining", remaining.to_string()));
    reply.headers.push(("x-ratelimit-reset", format!("{reset:.3}")));
    reply.headers.push(("x-ratelimit-reset-after", format!("{reset_after:.3}")));
    reply.headers.push(("x-ratelimit-bucket", bucket_hash(&key)));
}

fn bucket_hash(key: &str) -> String {
    let fnv = |seed: u64| key.bytes().fold(seed, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("{:016x}{:016x}", fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4))
}

fn to_response(reply: Reply) -> Response<Full<Bytes>> {
    let mut builder = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        builder = builder.header(*name, value.as_str());
    }
    let body = match (reply.raw.map(|raw| *raw), reply.body) {
        (Some((content_type, bytes)), _) => {
            builder = builder.header("content-type", content_type);
            Bytes::from(bytes)
        }
        (None, Some(body)) => {
            builder = builder.header("content-type", "application/json");
            Bytes::from(body.to_string())
        }
        (None, None) => Bytes::new(),
    };
    builder.body(Full::new(body)).unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

/// The body as JSON (the `payload_json` part of a multipart body, or its other text fields) and
/// the file parts; or what it could be read as, with the error to answer.
fn parse_body(content_type: &str, bytes: &[u8]) -> Result<(Value, Vec<Upload>), (Value, Reply)> {
    let invalid = |raw: &[u8]| {
        (
            Value::String(String::from_utf8_lossy(raw).into_owned()),
            Reply::error(400, 50109, "The request body contains invalid JSON."),
        )
    };
    if bytes.is_empty() {
        return Ok((Value::Null, Vec::new()));
    }
    if content_type.starts_with("multipart/form-data") {
        let Some(parts) = content_type
            .split("boundary=")
            .nth(1)
            .map(|b| b.split(';').next().unwrap_or(b).trim().trim_matches('"'))
            .and_then(|boundary| multipart_parts(bytes, boundary))
        else {
            return Err((Value::Null, Reply::error(400, 50035, "Invalid Form Body")));
        };
        let mut json = None;
        let mut fields = Map::new();
        let mut files = Vec::new();
        for part in parts {
            // A `files[n]` part is a file even without a file name (which makes it a bad one).
            let is_file = part.filename.is_some() || part.field.starts_with("files[");
            match (part.field.as_str(), is_file) {
                ("payload_json", false) => match serde_json::from_slice(&part.bytes) {
                    Ok(value) => json = Some(value),
                    Err(_) => return Err(invalid(&part.bytes)),
                },
                (_, false) => {
                    fields.insert(part.field.clone(), Value::String(String::from_utf8_lossy(&part.bytes).into_owned()));
                }
                (_, true) => files.push(part),
            }
        }
        let json = json.unwrap_or(if fields.is_empty() { Value::Null } else { Value::Object(fields) });
        return Ok((json, files));
    }
    match serde_json::from_slice(bytes) {
        Ok(value) => Ok((value, Vec::new())),
        Err(_) => Err(invalid(bytes)),
    }
}

/// The parts of a `multipart/form-data` body (RFC 7578), or `None` when it is not one.
fn multipart_parts(bytes: &[u8], boundary: &str) -> Option<Vec<Upload>> {
    let delimiter = format!("--{boundary}");
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(found) = find_bytes(&bytes[from..], delimiter.as_bytes()) {
        starts.push(from + found);
        from += found + delimiter.len();
    }
    if starts.len() < 2 {
        return None;
    }
    let mut parts = Vec::new();
    for pair in starts.windows(2) {
        let part = &bytes[pair[0] + delimiter.len()..pair[1]];
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let split = find_bytes(part, b"\r\n\r\n")?;
        let headers = String::from_utf8_lossy(&part[..split]).into_owned();
        let body = &part[split + 4..];
        let body = body.strip_suffix(b"\r\n").unwrap_or(body);
        let mut field = None;
        let mut filename = None;
        let mut content_type = None;
        for line in headers.split("\r\n") {
            let Some((name, value)) = line.split_once(':') else { continue };
            match name.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    for param in value.split(';').skip(1) {
                        let Some((key, value)) = param.split_once('=') else { continue };
                        let value = value.trim().trim_matches('"').to_owned();
                        match key.trim() {
                            "name" => field = Some(value),
                            "filename" => filename = Some(value),
                            _ => {}
                        }
                    }
                }
                "content-type" => content_type = Some(value.trim().to_owned()),
                _ => {}
            }
        }
        parts.push(Upload { field: field?, filename, content_type, bytes: body.to_vec() });
    }
    Some(parts)
}

/// Where attachments are served (a CDN path on the fake's own listener).
const ATTACHMENTS_PREFIX: &str = "/attachments/";

/// The attachment id in an attachment URL: `…/attachments/{channel}/{id}/{filename}`.
fn attachment_id_in(url: &str) -> Option<u64> {
    let rest = &url[url.find(ATTACHMENTS_PREFIX)? + ATTACHMENTS_PREFIX.len()..];
    rest.split('/').nth(1)?.parse().ok()
}

fn serve_attachment(st: &State, path: &str) -> Reply {
    match attachment_id_in(path).and_then(|id| st.attachment_data.get(&id)) {
        Some((content_type, bytes)) => Reply {
            status: 200,
            body: None,
            headers: Vec::new(),
            raw: Some(Box::new((content_type.clone(), bytes.clone()))),
        },
        None => Reply::not_found(),
    }
}

/// A file name as one URL path segment.
fn url_segment(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A deliberately small HTTP/1.1 client (one request per connection), enough to talk to the
/// bot's interactions endpoint and to the fake itself.
async fn http_exchange(
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> std::io::Result<RawResponse> {
    let invalid = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned());
    let rest = url.strip_prefix("http://").ok_or_else(|| invalid("only http:// URLs are supported"))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let mut stream = TcpStream::connect(authority).await?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n");
    let _ = write!(head, "Content-Length: {}\r\n", body.len());
    for (name, value) in headers {
        let _ = write!(head, "{name}: {value}\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body).await?;
    stream.flush().await?;

    let mut raw = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        let n = stream.read(&mut buffer).await?;
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buffer[..n]);
        if response_complete(&raw) {
            break;
        }
    }
    let split = find_bytes(&raw, b"\r\n\r\n").ok_or_else(|| invalid("incomplete HTTP response"))?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| invalid("malformed status line"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let mut payload = raw[split + 4..].to_vec();
    let header = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        payload = dechunk(&payload);
    } else if let Some(length) = header("content-length").and_then(|v| v.parse::<usize>().ok()) {
        payload.truncate(length);
    }
    let body = if payload.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&payload)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&payload).into_owned()))
    };
    Ok(RawResponse { status, headers, body })
}

fn response_complete(raw: &[u8]) -> bool {
    let Some(split) = find_bytes(raw, b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let body = &raw[split + 4..];
    if head.contains("transfer-encoding: chunked") {
        return find_bytes(body, b"0\r\n\r\n").is_some();
    }
    head.lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .is_some_and(|length| body.len() >= length)
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = find_bytes(data, b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("0").trim(), 16).unwrap_or(0);
        let start = line_end + 2;
        if size == 0 || start + size > data.len() {
            break;
        }
        out.extend_from_slice(&data[start..start + size]);
        data = &data[(start + size + 2).min(data.len())..];
    }
    out
}
