//! All file writing: `--output FILE` and the files `data import` changes.
//!
//! A file is never written in place. The text goes to a temporary file in the
//! same folder, which replaces the target by a rename only once the command
//! has succeeded; on any error (or a panic) the temporary file is removed, so
//! an existing file keeps its content and no new file appears.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A file being written: a temporary file beside the target until
/// [`Staged::commit`] renames it over the target; dropped uncommitted, it is
/// removed.
pub struct Staged {
    target: PathBuf,
    tmp: PathBuf,
    file: Option<BufWriter<File>>,
}

impl Staged {
    /// Creates the temporary file beside `target` (same folder, so the final
    /// rename cannot cross file systems). The target is not touched.
    pub fn create(target: &Path) -> Result<Staged> {
        let name = target
            .file_name()
            .with_context(|| format!("`{}` is not a file name", target.display()))?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut attempt = 0u32;
        loop {
            let mut tmp_name = std::ffi::OsString::from(".");
            tmp_name.push(name);
            tmp_name.push(format!(".palermo-{}-{attempt}.tmp", std::process::id()));
            let tmp = dir.join(tmp_name);
            match File::options().write(true).create_new(true).open(&tmp) {
                Ok(f) => {
                    return Ok(Staged {
                        target: target.to_path_buf(),
                        tmp,
                        file: Some(BufWriter::with_capacity(1 << 20, f)),
                    })
                }
                // A leftover of a killed run with the same process id.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => {
                    return Err(e).with_context(|| {
                        format!(
                            "failed to create a temporary file for `{}` in `{}`",
                            target.display(),
                            dir.display()
                        )
                    })
                }
            }
        }
    }

    /// Flushes the text and renames the temporary file over the target,
    /// keeping the permissions of a target that exists.
    pub fn commit(mut self) -> Result<()> {
        let file = self.file.take().expect("invariant: committed once");
        let file = file
            .into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("failed to write `{}`", self.target.display()))?;
        if let Ok(meta) = std::fs::metadata(&self.target) {
            let _ = file.set_permissions(meta.permissions());
        }
        drop(file);
        std::fs::rename(&self.tmp, &self.target)
            .with_context(|| format!("failed to write `{}`", self.target.display()))?;
        Ok(())
    }
}

impl Write for Staged {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file
            .as_mut()
            .expect("invariant: not written after commit")
            .write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.file
            .as_mut()
            .expect("invariant: not written after commit")
            .write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file
            .as_mut()
            .expect("invariant: not written after commit")
            .flush()
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(f) = self.file.take() {
            drop(f);
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Where a command's output goes: standard output, or `--output FILE`
/// (staged; see [`Staged`]). Call [`Output::finish`] on success.
pub enum Output {
    /// Standard output, buffered.
    Stdout(BufWriter<std::io::StdoutLock<'static>>),
    /// A file, replaced only by [`Output::finish`].
    File(Staged),
    /// Standard output through its own descriptor (see [`Output::open_bulk`]).
    Fd(BufWriter<File>),
}

impl Output {
    /// Opens the output. Call it only once the arguments and input have been
    /// validated, although an error after it still leaves the target as it was.
    pub fn open(path: Option<&Path>) -> Result<Output> {
        Ok(match path {
            Some(p) => Output::File(Staged::create(p)?),
            None => Output::Stdout(BufWriter::with_capacity(1 << 20, std::io::stdout().lock())),
        })
    }

    /// [`Output::open`] for output of hundreds of megabytes without line
    /// breaks (`palermo matrix --format json`): standard output is written
    /// through a duplicate of its descriptor, since `Stdout` searches every
    /// write for its last line break. Nothing else may write to standard
    /// output meanwhile.
    pub fn open_bulk(path: Option<&Path>) -> Result<Output> {
        #[cfg(unix)]
        if path.is_none() {
            use std::os::fd::AsFd;
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.flush()?;
            if let Ok(fd) = lock.as_fd().try_clone_to_owned() {
                return Ok(Output::Fd(BufWriter::with_capacity(
                    1 << 20,
                    File::from(fd),
                )));
            }
        }
        Output::open(path)
    }

    /// Flushes standard output, or puts the file in place.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut w) => Ok(w.flush()?),
            Output::Fd(mut w) => Ok(w.flush()?),
            Output::File(s) => s.commit(),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File(s) => s.write(buf),
            Output::Fd(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.write_all(buf),
            Output::File(s) => s.write_all(buf),
            Output::Fd(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File(s) => s.flush(),
            Output::Fd(w) => w.flush(),
        }
    }
}

/// CSV records written through `csv::Writer`, which does the quoting. Its
/// errors come back as the I/O errors they wrap, so a closed pipe is still
/// recognised as one (`main.rs`).
pub struct Csv<W: Write>(csv::Writer<W>);

impl<W: Write> Csv<W> {
    /// CSV to `out`: fields quoted when needed, records ended by `\n`.
    pub fn new(out: W) -> Csv<W> {
        Csv(csv::Writer::from_writer(out))
    }

    /// Writes one record.
    pub fn record<I, T>(&mut self, fields: I) -> std::io::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        self.0.write_record(fields).map_err(csv_io)
    }

    /// Flushes what the writer holds into `out`.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("writing CSV: {other:?}")),
    }
}

/// One field as `csv::Writer` writes it within a record: quoted only when it
/// holds a comma, a quote or a line break. For rows put together from
/// fields rendered once (`palermo matrix`).
pub fn csv_field(s: &str) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(s.len() + 3));
    // Two fields, the second empty: the crate quotes an empty field only when
    // it is a record's only one, so an empty `s` stays empty, as in a row.
    w.write_record([s, ""])
        .expect("invariant: writing to memory cannot fail");
    let mut bytes = w
        .into_inner()
        .expect("invariant: writing to memory cannot fail");
    bytes.truncate(bytes.len() - ",\n".len());
    bytes
}

/// Replaces several files together: every text is staged first, and the
/// targets are replaced only once all are written.
pub fn replace_all(files: &[(PathBuf, String)]) -> Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, text) in files {
        let mut s = Staged::create(path)?;
        s.write_all(text.as_bytes())
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        staged.push(s);
    }
    for s in staged {
        s.commit()?;
    }
    Ok(())
}

/// The width to wrap text output to: the terminal's, else 80.
pub fn terminal_width() -> usize {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return (w as usize).clamp(40, 160);
        }
    }
    80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_by_the_csv_crate_only_when_needed() {
        let field = |s: &str| String::from_utf8(csv_field(s)).unwrap();
        assert_eq!(field("KEN"), "KEN");
        assert_eq!(field(""), "");
        assert_eq!(
            field("Bolivia, Plurinational State of"),
            "\"Bolivia, Plurinational State of\""
        );
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\r"), "\"cr\r\"");
        assert_eq!(field("Côte d’Ivoire"), "Côte d’Ivoire");
        // A row of pre-rendered fields is what the writer gives for the record.
        let fields = ["a,b", "", "c\"d", "e"];
        let mut row = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                row.push(b',');
            }
            row.extend(csv_field(f));
        }
        row.push(b'\n');
        let mut whole = Vec::new();
        let mut w = Csv::new(&mut whole);
        w.record(fields).unwrap();
        w.finish().unwrap();
        assert_eq!(row, whole);
    }

    #[test]
    fn a_closed_pipe_under_the_csv_writer_stays_an_io_error() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut csv = Csv::new(Closed);
        let e = csv
            .record(["a"; 10_000])
            .and_then(|()| csv.finish())
            .unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe);
    }
}
