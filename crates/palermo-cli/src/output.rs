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

    /// Flushes standard output, or puts the file in place.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut w) => Ok(w.flush()?),
            Output::File(s) => s.commit(),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File(s) => s.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.write_all(buf),
            Output::File(s) => s.write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File(s) => s.flush(),
        }
    }
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
