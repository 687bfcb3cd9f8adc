//! `palermo serve` as a child process: started on a free port (the address
//! read from its line `palermo serve: listening on http://ADDR ...`), its
//! standard error drained so it never blocks, the last lines kept for
//! messages, and killed (SIGKILL) when dropped so no server outlives the
//! harness.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _, Result};

const KEPT_LINES: usize = 40;

/// A running `palermo serve`.
pub struct Server {
    child: Child,
    /// `HOST:PORT` it listens on.
    pub addr: String,
    log: Arc<Mutex<VecDeque<String>>>,
}

impl Server {
    /// Starts `palermo serve --db DB --addr 127.0.0.1:0 ARGS` and waits (at
    /// most `within`) for the address it bound.
    pub fn start(palermo: &Path, db: &str, args: &[&str], within: Duration) -> Result<Server> {
        let mut child = Command::new(palermo)
            .args(["serve", "--db", db, "--addr", "127.0.0.1:0"])
            .args(args)
            .env_remove("PALERMO_DB")
            .env(
                "PALERMO_LOG",
                std::env::var("PALERMO_LOG").unwrap_or("warn".into()),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("starting {}", palermo.display()))?;
        let stderr = child.stderr.take().context("no stderr pipe")?;
        let log = Arc::new(Mutex::new(VecDeque::new()));
        let (tx, rx) = mpsc::channel();
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                let mut tx = Some(tx);
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if let Some(rest) = line.split("listening on http://").nth(1) {
                        if let (Some(tx), Some(a)) = (tx.take(), rest.split_whitespace().next()) {
                            let _ = tx.send(a.to_owned());
                        }
                    }
                    let mut l = log.lock().unwrap_or_else(|p| p.into_inner());
                    if l.len() == KEPT_LINES {
                        l.pop_front();
                    }
                    l.push_back(line);
                }
            });
        }
        let mut s = Server {
            child,
            addr: String::new(),
            log,
        };
        let deadline = Instant::now() + within;
        loop {
            match rx.recv_timeout(Duration::from_millis(20)) {
                Ok(a) => {
                    s.addr = a;
                    return Ok(s);
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    // Give the reader a moment to keep the last lines.
                    std::thread::sleep(Duration::from_millis(50));
                    let status = s.child.try_wait().ok().flatten();
                    return Err(anyhow!(
                        "palermo serve exited before listening ({}):\n{}",
                        status.map_or("still running".to_owned(), |s| s.to_string()),
                        s.log_tail()
                    ));
                }
                Err(mpsc::RecvTimeoutError::Timeout) if Instant::now() > deadline => {
                    return Err(anyhow!(
                        "palermo serve did not listen within {within:?}:\n{}",
                        s.log_tail()
                    ));
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
            }
        }
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL, and reap it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM (a graceful stop), then SIGKILL if it has not exited within
    /// `grace`. True when it stopped by itself.
    pub fn terminate(&mut self, grace: Duration) -> bool {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + grace;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        self.kill();
        false
    }

    /// The last lines it wrote on standard error.
    pub fn log_tail(&self) -> String {
        let l = self.log.lock().unwrap_or_else(|p| p.into_inner());
        l.iter()
            .map(|x| format!("    {x}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}
