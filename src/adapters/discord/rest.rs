//! Discord's REST API as the adapter uses it: JSON in and out (multipart when files go with a
//! message, as "Uploading Files" documents), and Discord's rate limits respected — a 429 is answered with its `retry_after` (per route, or for every route when
//! global), and a route whose bucket is spent is not called again until it resets.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::core::platform::SendError;
use crate::core::reply::Attachment;

/// What a failed call tells the caller.
#[derive(Debug, Clone)]
pub struct RestError {
    pub status: Option<u16>,
    /// Discord's JSON error code (10062: unknown interaction, 50035: invalid form body…).
    pub code: Option<i64>,
    pub message: String,
    pub retry_after: Option<Duration>,
}

impl std::fmt::Display for RestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.status, self.code) {
            (Some(s), Some(c)) => write!(f, "Discord answered {s} (code {c}): {}", self.message),
            (Some(s), None) => write!(f, "Discord answered {s}: {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

/// Discord's JSON error codes that no retry can fix: "Cannot send messages to this user" (DMs
/// closed, or no shared server), "Missing Permissions", "Unknown Channel", "Unknown User",
/// "Missing Access".
const REFUSED_FOR_GOOD: [i64; 5] = [50007, 50013, 10003, 10013, 50001];

impl RestError {
    /// Whether sending the same request again can never succeed: one of the codes above, or any
    /// other 4xx answer to the request itself. A 429 waits for its `retry_after`; 401 (the bot's
    /// token) is the operator's to fix and the message should survive that; 5xx and the network
    /// may clear by themselves.
    pub fn is_permanent(&self) -> bool {
        self.code.is_some_and(|c| REFUSED_FOR_GOOD.contains(&c))
            || self.status.is_some_and(|s| (400..500).contains(&s) && !matches!(s, 401 | 408 | 429))
    }
}

impl From<RestError> for SendError {
    fn from(e: RestError) -> Self {
        let permanent = e.is_permanent();
        let wait = e.retry_after.and_then(|d| chrono::Duration::from_std(d).ok());
        let error = if permanent { SendError::refused(e.to_string()) } else { SendError::temporary(e.to_string()) };
        match wait {
            Some(wait) => error.retry_in(wait),
            None => error,
        }
    }
}

#[derive(Default)]
struct Limits {
    global_until: Option<Instant>,
    /// Route (method and path with IDs other than the major ones kept) → when its bucket resets.
    routes: HashMap<String, Instant>,
}

pub struct Rest {
    client: reqwest::Client,
    authorization: String,
    base: String,
    limits: Mutex<Limits>,
}

/// The part of a path that identifies its rate-limit route: Discord buckets per route and per
/// top-level resource (channel, guild, webhook), so the IDs of those stay and others go.
fn route_key(method: &Method, path: &str) -> String {
    let mut out = String::from(method.as_str());
    let mut previous = "";
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let major = matches!(previous, "channels" | "guilds" | "webhooks" | "interactions");
        let is_id = segment.chars().all(|c| c.is_ascii_digit());
        out.push('/');
        out.push_str(if is_id && !major { ":id" } else { segment });
        previous = segment;
    }
    out
}

/// A request body.
enum Body {
    Empty,
    Json(Vec<u8>),
    Form(reqwest::multipart::Form),
}

fn encoding_error(e: impl std::fmt::Display) -> RestError {
    RestError { status: None, code: None, message: e.to_string(), retry_after: None }
}

/// Names the files of a message in its JSON (`attachments`: the id of each is `n` of its
/// `files[n]` part), so Discord keeps their names and matches them to the parts.
pub fn name_attachments(payload: &mut serde_json::Value, files: &[Attachment]) {
    if let Some(object) = payload.as_object_mut() {
        let named: Vec<serde_json::Value> =
            files.iter().enumerate().map(|(n, f)| serde_json::json!({ "id": n, "filename": f.name })).collect();
        object.insert("attachments".into(), serde_json::Value::Array(named));
    }
}

fn seconds(value: &serde_json::Value) -> Option<Duration> {
    value.as_f64().filter(|s| s.is_finite() && *s >= 0.0).map(Duration::from_secs_f64)
}

impl Rest {
    pub fn new(authorization: String, base: &str) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("DiscordBot (quorum, ", env!("CARGO_PKG_VERSION"), ")"))
            .build()?;
        Ok(Self {
            client,
            authorization,
            base: format!("{}/api/v10", base.trim_end_matches('/')),
            limits: Mutex::new(Limits::default()),
        })
    }

    fn wait_needed(&self, key: &str) -> Option<Duration> {
        let limits = self.limits.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        [limits.global_until, limits.routes.get(key).copied()]
            .into_iter()
            .flatten()
            .filter(|until| *until > now)
            .max()
            .map(|until| until - now)
    }

    /// Calls `path` (below `/api/v10`) and decodes the answer; `None` for 204 No Content.
    pub async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&(impl Serialize + ?Sized)>,
    ) -> Result<Option<T>, RestError> {
        let body = match body {
            Some(body) => Body::Json(serde_json::to_vec(body).map_err(encoding_error)?),
            None => Body::Empty,
        };
        self.send(method, path, body).await
    }

    /// `call` with files: a `multipart/form-data` body of the JSON as `payload_json` and one
    /// `files[n]` part per file (its name and media type in the part's headers). The JSON should
    /// name the files (`name_attachments`). Without files, this is `call` with JSON.
    pub async fn call_with_files<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        payload: &serde_json::Value,
        files: &[Attachment],
    ) -> Result<Option<T>, RestError> {
        if files.is_empty() {
            return self.call(method, path, Some(payload)).await;
        }
        let json = serde_json::to_string(payload).map_err(encoding_error)?;
        let mut form = reqwest::multipart::Form::new().part(
            "payload_json",
            reqwest::multipart::Part::text(json).mime_str("application/json").map_err(encoding_error)?,
        );
        for (n, file) in files.iter().enumerate() {
            let part = reqwest::multipart::Part::bytes(file.content.clone().into_bytes()).file_name(file.name.clone());
            let part = match part.mime_str(&file.mime) {
                Ok(part) => part,
                Err(_) => reqwest::multipart::Part::bytes(file.content.clone().into_bytes())
                    .file_name(file.name.clone())
                    .mime_str("application/octet-stream")
                    .map_err(encoding_error)?,
            };
            form = form.part(format!("files[{n}]"), part);
        }
        self.send(method, path, Body::Form(form)).await
    }

    async fn send<T: DeserializeOwned>(&self, method: Method, path: &str, body: Body) -> Result<Option<T>, RestError> {
        let key = route_key(&method, path);
        if let Some(wait) = self.wait_needed(&key) {
            return Err(RestError {
                status: None,
                code: None,
                message: format!("rate limited on {key} for {wait:?}"),
                retry_after: Some(wait),
            });
        }
        let mut request =
            self.client.request(method, format!("{}{path}", self.base)).header("Authorization", &self.authorization);
        request = match body {
            Body::Empty => request,
            Body::Json(bytes) => request.header("Content-Type", "application/json").body(bytes),
            Body::Form(form) => request.multipart(form),
        };
        let response = request.send().await.map_err(|e| RestError {
            status: None,
            code: None,
            message: format!("Discord unreachable: {e}"),
            retry_after: None,
        })?;
        let status = response.status();
        let headers = response.headers().clone();
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let bytes = response.bytes().await.unwrap_or_default();
        let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);

        if header("x-ratelimit-remaining").as_deref() == Some("0")
            && let Some(reset) = header("x-ratelimit-reset-after").and_then(|s| s.parse::<f64>().ok())
        {
            let until = Instant::now() + Duration::from_secs_f64(reset.max(0.0));
            self.limits.lock().unwrap_or_else(|e| e.into_inner()).routes.insert(key.clone(), until);
        }
        if status == StatusCode::TOO_MANY_REQUESTS {
            let retry_after = seconds(&json["retry_after"])
                .or_else(|| header("retry-after").and_then(|s| s.parse::<f64>().ok()).map(Duration::from_secs_f64))
                .unwrap_or(Duration::from_secs(1));
            let global = json["global"].as_bool().unwrap_or(false) || header("x-ratelimit-global").is_some();
            let until = Instant::now() + retry_after;
            let mut limits = self.limits.lock().unwrap_or_else(|e| e.into_inner());
            if global {
                limits.global_until = Some(until);
            } else {
                limits.routes.insert(key, until);
            }
            return Err(RestError {
                status: Some(429),
                code: json["code"].as_i64(),
                message: format!("rate limited{}", if global { " (global)" } else { "" }),
                retry_after: Some(retry_after),
            });
        }
        if !status.is_success() {
            return Err(RestError {
                status: Some(status.as_u16()),
                code: json["code"].as_i64(),
                message: json["message"].as_str().unwrap_or("no message").to_owned(),
                retry_after: None,
            });
        }
        if status == StatusCode::NO_CONTENT || bytes.is_empty() {
            return Ok(None);
        }
        serde_json::from_value(json).map(Some).map_err(|e| RestError {
            status: Some(status.as_u16()),
            code: None,
            message: format!("unexpected answer: {e}"),
            retry_after: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(status: Option<u16>, code: Option<i64>) -> SendError {
        SendError::from(RestError { status, code, message: "x".into(), retry_after: None })
    }

    #[test]
    fn refusals_are_permanent_and_outages_temporary() {
        for (status, code) in [(403, 50007), (403, 50013), (404, 10003), (404, 10013), (403, 50001), (400, 50035)] {
            assert!(answered(Some(status), Some(code)).is_permanent_at(chrono::Duration::zero()), "{status} {code}");
        }
        assert!(answered(Some(404), None).is_permanent_at(chrono::Duration::zero()));
        for status in [Some(500), Some(502), Some(503), Some(401), None] {
            assert!(!answered(status, None).is_permanent_at(chrono::Duration::days(1)), "{status:?}");
        }
        let limited = SendError::from(RestError {
            status: Some(429),
            code: None,
            message: "rate limited".into(),
            retry_after: Some(Duration::from_millis(1500)),
        });
        assert!(!limited.is_permanent_at(chrono::Duration::days(1)));
        assert_eq!(limited.retry_after, Some(chrono::Duration::milliseconds(1500)));
    }

    #[test]
    fn routes_keep_major_ids_only() {
        assert_eq!(route_key(&Method::POST, "/channels/12/messages"), "POST/channels/12/messages");
        assert_eq!(route_key(&Method::PUT, "/guilds/1/members/2/roles/3"), "PUT/guilds/1/members/:id/roles/:id");
        assert_eq!(route_key(&Method::POST, "/interactions/9/tok/callback"), "POST/interactions/9/tok/callback");
    }
}
