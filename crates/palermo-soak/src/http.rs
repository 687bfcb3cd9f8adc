//! A minimal HTTP/1.1 client over a TCP stream: enough to send a request
//! and to know whether the answer arrived in full (a status line, headers,
//! and exactly `Content-Length` bytes of body, or a complete chunked body).
//! A one-shot request (`Connection: close`) tells apart a request that was
//! never sent (the connection was refused) from one whose fate is unknown
//! (sent, but no complete answer): the crash test needs the difference.

use std::io;
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// An answer received in full.
#[derive(Clone, Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The whole body.
    pub body: Vec<u8>,
    /// The server said it closes the connection.
    pub close: bool,
}

impl Response {
    /// The body as JSON.
    pub fn json(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }

    /// The body as text (for messages).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Why a request got no complete answer.
#[derive(Debug)]
pub enum Failure {
    /// No connection: nothing was sent, so nothing can have been applied.
    NotSent(String),
    /// The request was (or may have been) sent, but no complete answer
    /// came back: the server may or may not have applied it.
    InDoubt(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::NotSent(m) => write!(f, "not sent: {m}"),
            Failure::InDoubt(m) => write!(f, "in doubt: {m}"),
        }
    }
}

/// A request, written once and sent as many times as wanted.
#[derive(Clone, Debug)]
pub struct Request {
    bytes: Vec<u8>,
}

impl Request {
    /// `METHOD PATH` to `host`, with `headers` and an optional body of
    /// `content_type`. `keep_alive: false` adds `Connection: close`.
    pub fn new(
        method: &str,
        host: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<(&str, &[u8])>,
        keep_alive: bool,
    ) -> Request {
        let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\n");
        if !keep_alive {
            head.push_str("Connection: close\r\n");
        }
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        if let Some((ct, b)) = body {
            head.push_str(&format!(
                "Content-Type: {ct}\r\nContent-Length: {}\r\n",
                b.len()
            ));
        } else if matches!(method, "POST" | "PUT" | "PATCH") {
            head.push_str("Content-Length: 0\r\n");
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        if let Some((_, b)) = body {
            bytes.extend_from_slice(b);
        }
        Request { bytes }
    }

    /// The bytes on the wire.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

fn bad(m: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, m.into())
}

/// Reads one response: the status line, the headers and the body (by
/// `Content-Length`, chunked, or up to the end of the connection when the
/// server gives neither). Any short read is an error.
pub async fn read_response<R: AsyncBufRead + Unpin>(r: &mut R) -> io::Result<Response> {
    let mut line = String::new();
    if r.read_line(&mut line).await? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "connection closed before a response",
        ));
    }
    let status: u16 = line
        .strip_prefix("HTTP/1.1 ")
        .or_else(|| line.strip_prefix("HTTP/1.0 "))
        .and_then(|rest| rest.get(..3))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad(format!("not an HTTP status line: {line:?}")))?;
    let mut length: Option<usize> = None;
    let mut chunked = false;
    let mut close = false;
    loop {
        line.clear();
        if r.read_line(&mut line).await? == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed in the headers",
            ));
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let Some((k, v)) = l.split_once(':') else {
            return Err(bad(format!("not a header: {l:?}")));
        };
        let v = v.trim();
        if k.eq_ignore_ascii_case("content-length") {
            length = Some(v.parse().map_err(|_| bad("bad Content-Length"))?);
        } else if k.eq_ignore_ascii_case("transfer-encoding") {
            chunked = v.eq_ignore_ascii_case("chunked");
        } else if k.eq_ignore_ascii_case("connection") {
            close = v.eq_ignore_ascii_case("close");
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            if r.read_line(&mut line).await? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "connection closed in a chunked body",
                ));
            }
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| bad("bad chunk size"))?;
            if size == 0 {
                // Trailers, then the empty line.
                loop {
                    line.clear();
                    if r.read_line(&mut line).await? == 0 || line.trim_end().is_empty() {
                        break;
                    }
                }
                break;
            }
            let start = body.len();
            body.resize(start + size, 0);
            r.read_exact(&mut body[start..]).await?;
            let mut crlf = [0u8; 2];
            r.read_exact(&mut crlf).await?;
        }
    } else if let Some(n) = length {
        body.resize(n, 0);
        r.read_exact(&mut body).await?;
    } else if status >= 200 && status != 204 && status != 304 {
        r.read_to_end(&mut body).await?;
        close = true;
    }
    Ok(Response {
        status,
        body,
        close,
    })
}

/// Sends `req` on a new connection to `addr` and reads the answer, within
/// `connect_timeout` to connect and `timeout` for the rest.
pub async fn send_once(
    addr: &str,
    req: &Request,
    connect_timeout: Duration,
    timeout: Duration,
) -> Result<Response, Failure> {
    let stream = match tokio::time::timeout(connect_timeout, TcpStream::connect(addr)).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => return Err(Failure::NotSent(e.to_string())),
        Err(_) => return Err(Failure::NotSent("connect timed out".into())),
    };
    let _ = stream.set_nodelay(true);
    let mut stream = BufReader::new(stream);
    let exchange = async {
        stream.get_mut().write_all(req.bytes()).await?;
        read_response(&mut stream).await
    };
    match tokio::time::timeout(timeout, exchange).await {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(e)) => Err(Failure::InDoubt(e.to_string())),
        Err(_) => Err(Failure::InDoubt(format!(
            "no complete answer within {timeout:?}"
        ))),
    }
}

/// A kept-alive connection, for load.
pub struct Conn {
    stream: BufReader<TcpStream>,
}

impl Conn {
    /// Connects to `addr`.
    pub async fn connect(addr: &str) -> io::Result<Conn> {
        let s = TcpStream::connect(addr).await?;
        s.set_nodelay(true)?;
        Ok(Conn {
            stream: BufReader::new(s),
        })
    }

    /// Sends `req` and reads its answer.
    pub async fn send(&mut self, req: &Request) -> io::Result<Response> {
        self.stream.get_mut().write_all(req.bytes()).await?;
        read_response(&mut self.stream).await
    }
}

/// Splits `http://HOST:PORT/PATH` into `HOST:PORT` and `/PATH`.
pub fn split_url(url: &str) -> Option<(String, String)> {
    let rest = url.strip_prefix("http://")?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    Some((host.to_owned(), path.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn parse(raw: &[u8]) -> io::Result<Response> {
        read_response(&mut BufReader::new(raw)).await
    }

    #[tokio::test]
    async fn a_whole_answer_reads_and_a_short_one_does_not() {
        let r = parse(b"HTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\n{}")
            .await
            .unwrap();
        assert_eq!((r.status, r.body.as_slice()), (201, &b"{}"[..]));
        assert!(
            parse(b"HTTP/1.1 201 Created\r\ncontent-length: 5\r\n\r\n{}")
                .await
                .is_err()
        );
        assert!(parse(b"HTTP/1.1 200 OK\r\ncontent-len").await.is_err());
        assert!(parse(b"").await.is_err());
        let c = parse(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n",
        )
        .await
        .unwrap();
        assert_eq!(c.body, b"abc");
        assert!(
            parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n")
                .await
                .is_err()
        );
    }

    #[test]
    fn urls_split_into_address_and_path() {
        assert_eq!(
            split_url("http://127.0.0.1:80/api/v1/assess"),
            Some(("127.0.0.1:80".into(), "/api/v1/assess".into()))
        );
        assert_eq!(split_url("http://h:1"), Some(("h:1".into(), "/".into())));
        assert_eq!(split_url("https://h"), None);
    }
}
