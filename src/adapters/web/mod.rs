//! The calendar feed server: calendar applications fetch `GET /calendar/<secret>.ics` and get the
//! body's meetings as an iCalendar file. The secret is the only key (calendar applications cannot
//! sign in), so an unknown one answers 404 like any other missing page.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;

use anyhow::{Context, Result};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

use crate::core::engine::Engine;
use crate::features::meetings;

fn plain(status: StatusCode, text: &'static str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

/// The secret named by a feed path, if the path is one.
fn feed_token(path: &str) -> Option<&str> {
    let token = path.strip_prefix("/calendar/")?.strip_suffix(".ics")?;
    (!token.is_empty() && token.len() <= 64 && token.bytes().all(|b| b.is_ascii_hexdigit())).then_some(token)
}

async fn handle(engine: &Engine, request: &Request<Incoming>) -> Result<Response<Full<Bytes>>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return Ok(plain(StatusCode::METHOD_NOT_ALLOWED, "GET a calendar feed here\n"));
    }
    let Some(token) = feed_token(request.uri().path()) else {
        return Ok(plain(StatusCode::NOT_FOUND, "no such calendar\n"));
    };
    let Some(body_id) = engine.store.body_for_feed_token(token).await? else {
        return Ok(plain(StatusCode::NOT_FOUND, "no such calendar\n"));
    };
    let ics = meetings::body_feed(&engine.store, body_id, engine.clock.now()).await?;
    let mut response =
        Response::new(Full::new(if request.method() == Method::HEAD { Bytes::new() } else { Bytes::from(ics) }));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    // Calendar applications poll; a stale copy of a moved meeting is worse than a refetch.
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

/// Serves feeds on `listen` until `shutdown` completes; `ready` is notified once listening.
pub async fn serve(
    engine: Arc<Engine>,
    listen: String,
    ready: Arc<tokio::sync::Notify>,
    shutdown: impl Future<Output = ()>,
) -> Result<()> {
    let listener =
        tokio::net::TcpListener::bind(&listen).await.with_context(|| format!("cannot listen on {listen}"))?;
    tracing::info!(%listen, "calendar feeds served");
    ready.notify_one();
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => accepted?,
            _ = &mut shutdown => return Ok(()),
        };
        let engine = engine.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request: Request<Incoming>| {
                let engine = engine.clone();
                async move {
                    let response = handle(&engine, &request).await.unwrap_or_else(|e| {
                        tracing::error!(error = ?e, "calendar feed failed");
                        plain(StatusCode::INTERNAL_SERVER_ERROR, "the calendar could not be built\n")
                    });
                    Ok::<_, Infallible>(response)
                }
            });
            if let Err(e) = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await {
                tracing::debug!(error = %e, "feed connection ended");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::feed_token;

    #[test]
    fn only_feed_paths_name_a_secret() {
        assert_eq!(feed_token("/calendar/0a1B.ics"), Some("0a1B"));
        assert_eq!(feed_token("/calendar/.ics"), None);
        assert_eq!(feed_token("/calendar/../etc.ics"), None);
        assert_eq!(feed_token("/calendar/abc"), None);
        assert_eq!(feed_token("/other/abc.ics"), None);
        assert_eq!(feed_token(&format!("/calendar/{}.ics", "a".repeat(65))), None);
    }
}
