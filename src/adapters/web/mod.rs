//! Quorum's HTTP listener (hyper), one for everything served over HTTP:
//!
//! - `GET /calendar/<secret>.ics`: a body's meetings as an iCalendar file. The secret is the only
//!   key (calendar applications cannot sign in), so an unknown one answers 404 like any other
//!   missing page.
//! - `GET /healthz`: the health report as JSON, 200 when healthy and 503 when something is wrong.
//! - `GET /metrics`: the Prometheus text format.

mod prometheus;

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use metrics_exporter_prometheus::PrometheusHandle;

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

/// A response with `body`, empty for HEAD.
fn respond(request: &Request<Incoming>, status: StatusCode, kind: &'static str, body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(if request.method() == Method::HEAD { Bytes::new() } else { body }));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(kind));
    // Calendar applications poll, and so do monitors; a stale copy is worse than a refetch.
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

async fn handle(
    engine: &Engine,
    metrics: &PrometheusHandle,
    request: &Request<Incoming>,
) -> Result<Response<Full<Bytes>>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return Ok(plain(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD are served here\n"));
    }
    match request.uri().path() {
        "/healthz" => {
            let report = engine.health.check(&engine.store).await;
            let status = if report.healthy { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
            let mut json = serde_json::to_vec_pretty(&report)?;
            json.push(b'\n');
            Ok(respond(request, status, "application/json", Bytes::from(json)))
        }
        "/metrics" => {
            // The gauges read from the database are brought up to date first.
            engine.health.check(&engine.store).await;
            Ok(respond(request, StatusCode::OK, prometheus::CONTENT_TYPE, Bytes::from(metrics.render())))
        }
        path => feed(engine, request, path).await,
    }
}

async fn feed(engine: &Engine, request: &Request<Incoming>, path: &str) -> Result<Response<Full<Bytes>>> {
    let Some(token) = feed_token(path) else {
        return Ok(plain(StatusCode::NOT_FOUND, "no such page\n"));
    };
    let Some(body_id) = engine.store.body_for_feed_token(token).await? else {
        return Ok(plain(StatusCode::NOT_FOUND, "no such calendar\n"));
    };
    let ics = meetings::body_feed(&engine.store, body_id, engine.clock.now()).await?;
    Ok(respond(request, StatusCode::OK, "text/calendar; charset=utf-8", Bytes::from(ics)))
}

/// The listener, bound: `bind` fails at once when the address is taken, before anything else
/// starts.
pub struct HttpServer {
    listener: tokio::net::TcpListener,
    metrics: PrometheusHandle,
}

impl HttpServer {
    /// Listens on `listen` (`127.0.0.1:0` picks a free port) and installs the process's metrics
    /// recorder if none is yet.
    pub async fn bind(listen: &str) -> Result<Self> {
        let listener =
            tokio::net::TcpListener::bind(listen).await.with_context(|| format!("cannot listen on {listen}"))?;
        Ok(Self { listener, metrics: prometheus::handle() })
    }

    pub fn local_addr(&self) -> Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serves requests until `shutdown` completes.
    pub async fn serve(self, engine: Arc<Engine>, shutdown: impl Future<Output = ()>) -> Result<()> {
        let Self { listener, metrics } = self;
        tracing::info!(listen = %listener.local_addr()?, "serving calendar feeds, /healthz and /metrics");
        tokio::pin!(shutdown);
        let mut upkeep = prometheus::upkeep_interval();
        loop {
            let (stream, _) = tokio::select! {
                accepted = listener.accept() => accepted?,
                _ = upkeep.tick() => {
                    metrics.run_upkeep();
                    continue;
                }
                _ = &mut shutdown => return Ok(()),
            };
            let (engine, metrics) = (engine.clone(), metrics.clone());
            tokio::spawn(async move {
                let service = service_fn(move |request: Request<Incoming>| {
                    let (engine, metrics) = (engine.clone(), metrics.clone());
                    async move {
                        let response = handle(&engine, &metrics, &request).await.unwrap_or_else(|e| {
                            tracing::error!(path = request.uri().path(), error = ?e, "HTTP request failed");
                            plain(StatusCode::INTERNAL_SERVER_ERROR, "the page could not be built\n")
                        });
                        Ok::<_, Infallible>(response)
                    }
                });
                if let Err(e) = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await {
                    tracing::debug!(error = %e, "HTTP connection ended");
                }
            });
        }
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
