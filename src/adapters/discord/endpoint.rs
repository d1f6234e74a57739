//! HTTP mode: Discord POSTs each interaction to this endpoint, signed with the application's
//! key. A request without a valid ed25519 signature is refused with 401 (Discord checks this
//! when the endpoint is configured); PING is answered PONG; everything else is answered in the
//! HTTP response, within Discord's three seconds.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serenity::all::Interaction;
use serenity::interactions_endpoint::Verifier;

use super::config::DiscordConfig;
use super::{Responder, Shared};

/// Interactions are small; anything larger is not from Discord.
const MAX_BODY: usize = 1 << 20;

fn reply(status: StatusCode, body: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_owned())));
    *response.status_mut() = status;
    response.headers_mut().insert("content-type", hyper::header::HeaderValue::from_static("application/json"));
    response
}

async fn handle(shared: Arc<Shared>, verifier: Arc<Verifier>, request: Request<Incoming>) -> Response<Full<Bytes>> {
    if request.method() != Method::POST {
        return reply(StatusCode::METHOD_NOT_ALLOWED, r#"{"error":"POST interactions here"}"#);
    }
    let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let (Some(signature), Some(timestamp)) = (header("x-signature-ed25519"), header("x-signature-timestamp")) else {
        return reply(StatusCode::UNAUTHORIZED, r#"{"error":"missing signature"}"#);
    };
    let body = match Limited::new(request.into_body(), MAX_BODY).collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => return reply(StatusCode::PAYLOAD_TOO_LARGE, r#"{"error":"body too large"}"#),
    };
    if verifier.verify(&signature, &timestamp, &body).is_err() {
        return reply(StatusCode::UNAUTHORIZED, r#"{"error":"invalid signature"}"#);
    }
    let interaction: Interaction = match serde_json::from_slice(&body) {
        Ok(i) => i,
        Err(e) => {
            tracing::warn!(error = %e, "unreadable interaction");
            return reply(StatusCode::BAD_REQUEST, r#"{"error":"not an interaction"}"#);
        }
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    // The work goes on after the response (a deferred answer is edited later).
    tokio::spawn(async move { shared.answer(interaction, Responder::Body(tx)).await });
    match tokio::time::timeout(Duration::from_secs(3), rx).await {
        Ok(Ok(json)) => reply(StatusCode::OK, &json.to_string()),
        _ => reply(StatusCode::INTERNAL_SERVER_ERROR, r#"{"error":"no answer"}"#),
    }
}

pub(super) async fn serve(
    shared: Arc<Shared>,
    config: &DiscordConfig,
    ready: Arc<tokio::sync::Notify>,
    shutdown: impl std::future::Future<Output = ()>,
) -> Result<()> {
    let key = config.public_key.as_deref().context("[discord] mode = \"http\" needs public_key")?;
    let key: [u8; 32] = hex::decode(key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .context("[discord] public_key must be 32 bytes in hex")?;
    let verifier =
        Arc::new(Verifier::try_new(key).map_err(|_| anyhow::anyhow!("[discord] public_key is not a valid key"))?);
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    tracing::info!(listen = %config.listen, "Discord interactions endpoint ready");
    shared.engine.health.adapter_up(crate::core::actor::Platform::Discord);
    ready.notify_waiters();
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => accepted?,
            () = &mut shutdown => return Ok(()),
        };
        let (shared, verifier) = (shared.clone(), verifier.clone());
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let (shared, verifier) = (shared.clone(), verifier.clone());
                async move { Ok::<_, Infallible>(handle(shared, verifier, request).await) }
            });
            if let Err(e) = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await {
                tracing::debug!(error = %e, "interaction connection ended");
            }
        });
    }
}
