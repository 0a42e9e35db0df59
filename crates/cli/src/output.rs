//! Collecting and printing output, tables, and the CLI's error type.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use opencall_core::Lang;

use crate::args::Global;
use crate::i18n::{Text, Tr};

/// The language of human output: `--lang`, else the environment's locale.
pub fn lang(global: &Global) -> Result<Lang, Failure> {
    match &global.lang {
        None => Ok(Lang::from_env()),
        Some(tag) => Lang::from_tag(tag)
            .ok_or_else(|| Failure::usage(|t| t.unknown_lang(tag, Lang::names().join(", ")))),
    }
}

/// Everything a command prints on stdout, written in one go at the end (a
/// closed pipe, as in `opencall-cli challenge list | head`, is not an error).
#[derive(Debug, Default)]
pub struct Out {
    buf: String,
}

impl Out {
    pub fn line(&mut self, text: impl AsRef<str>) {
        self.buf.push_str(text.as_ref());
        self.buf.push('\n');
    }

    pub fn blank(&mut self) {
        self.buf.push('\n');
    }

    /// Pretty JSON of `value` as the whole output.
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failure> {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| Failure::other(|t| t.could_not_write_json(&e)))?;
        self.line(text);
        Ok(())
    }

    /// A heading followed by its text, indented; nothing when `text` is blank.
    pub fn section(&mut self, title: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.blank();
        self.line(format!("{title}:"));
        for l in text.lines() {
            self.line(format!("  {l}").trim_end());
        }
    }

    /// A heading followed by a bulleted list; nothing when `items` is empty.
    pub fn list<S: AsRef<str>>(&mut self, title: &str, items: &[S]) {
        if items.is_empty() {
            return;
        }
        self.blank();
        self.line(format!("{title}:"));
        for item in items {
            self.line(format!("  - {}", item.as_ref()));
        }
    }

    /// Left-aligned columns separated by two spaces; the last column is not padded.
    pub fn table(&mut self, header: &[&str], rows: &[Vec<String>]) {
        let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
        for row in rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(width(cell));
            }
        }
        let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
        for row in std::iter::once(&header).chain(rows) {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = widths
                        .get(i)
                        .copied()
                        .unwrap_or(0)
                        .saturating_sub(width(cell));
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            self.line(line.trim_end());
        }
    }

    pub fn print(&self) {
        let mut stdout = std::io::stdout().lock();
        // A closed pipe or full disk on stdout leaves nothing sensible to do.
        let _ = stdout.write_all(self.buf.as_bytes());
        let _ = stdout.flush();
    }
}

/// Label–value lines whose values start in one column: `indent`, the label,
/// then spaces up to `width` characters (at least one after the longest
/// label of the block, which differs between languages).
pub struct Fields {
    indent: &'static str,
    width: usize,
}

impl Fields {
    /// A block of lines with these labels, values at least `min` characters
    /// after the indent.
    pub fn new(indent: &'static str, min: usize, labels: &[&str]) -> Fields {
        let longest = labels.iter().map(|l| width(l) + 1).max().unwrap_or(0);
        Fields {
            indent,
            width: min.max(longest),
        }
    }

    pub fn line(&self, out: &mut Out, label: &str, value: impl AsRef<str>) {
        out.line(format!(
            "{}{}{}",
            self.indent,
            pad(label, self.width),
            value.as_ref()
        ));
    }
}

/// How many columns `s` takes in a terminal: joiners, direction marks and
/// Arabic-script vowel marks (as in Persian نسخهٔ and می‌شود) take none.
pub fn width(s: &str) -> usize {
    s.chars()
        .filter(|c| {
            !matches!(c,
                '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{064B}'..='\u{065F}'
                | '\u{0670}')
        })
        .count()
}

/// `s` followed by spaces up to `n` columns.
pub fn pad(s: &str, n: usize) -> String {
    let mut t = s.to_owned();
    t.extend(std::iter::repeat_n(' ', n.saturating_sub(width(s))));
    t
}

/// Spaces up to `n` columns followed by `s`.
pub fn pad_left(s: &str, n: usize) -> String {
    let mut t: String = std::iter::repeat_n(' ', n.saturating_sub(width(s))).collect();
    t.push_str(s);
    t
}

/// Shortens `s` to at most `max` characters, ending with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Why a command failed.
#[derive(Debug)]
pub enum Failure {
    /// Bad arguments: exit code 2.
    Usage(Text),
    /// An error from the core; validation-type errors exit 2, others 1.
    Core(opencall_core::Error),
    /// Anything else: exit code 1.
    Other(Text),
}

impl From<opencall_core::Error> for Failure {
    fn from(e: opencall_core::Error) -> Self {
        Failure::Core(e)
    }
}

impl Failure {
    /// A usage error worded by `f` in every language.
    pub fn usage(f: impl Fn(Tr) -> String) -> Failure {
        Failure::Usage(Text::new(f))
    }

    /// Any other failure worded by `f` in every language.
    pub fn other(f: impl Fn(Tr) -> String) -> Failure {
        Failure::Other(Text::new(f))
    }

    pub fn exit_code(&self) -> ExitCode {
        use opencall_core::Error;
        match self {
            Failure::Usage(_) => ExitCode::from(2),
            Failure::Core(
                Error::Validation(_)
                | Error::InvalidId(_)
                | Error::Transition { .. }
                | Error::Archived { .. }
                | Error::InUse { .. }
                | Error::Refused { .. }
                | Error::Bundle { .. }
                | Error::Ambiguous { .. },
            ) => ExitCode::from(2),
            Failure::Core(_) | Failure::Other(_) => ExitCode::from(1),
        }
    }

    /// The stable kind of this failure (the core's, or `usage`/`other`).
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Usage(_) => "usage",
            Failure::Core(e) => e.kind(),
            Failure::Other(_) => "other",
        }
    }

    /// Writes the failure to stderr: `error: …` (and each field problem of a
    /// validation error), or with `json` one object `{kind, message, fields}`
    /// whose message is English whatever the language.
    pub fn report(&self, json: bool, lang: Lang) {
        if json {
            let (message, fields) = match self {
                Failure::Usage(m) | Failure::Other(m) => (m.get(Lang::En).to_owned(), Vec::new()),
                Failure::Core(e) => (e.to_string(), e.field_errors().to_vec()),
            };
            let value = serde_json::json!({
                "kind": self.kind(),
                "message": message,
                "fields": fields,
            });
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "{value}");
            let _ = stderr.flush();
            return;
        }
        let error = Tr(lang).error();
        let mut text = match self {
            Failure::Usage(m) | Failure::Other(m) => format!("{error}: {}\n", m.get(lang)),
            // English names the field in its message; other languages'
            // messages do not, so the CLI puts the field's path first.
            Failure::Core(opencall_core::Error::Validation(fields))
                if lang != Lang::En && fields.len() == 1 =>
            {
                let f = &fields[0];
                format!("{error}: {}: {}\n", f.field, f.message_in(lang))
            }
            Failure::Core(e) => format!("{error}: {}\n", e.message_in(lang)),
        };
        // The message already names a single problem; list them when there are several.
        if let Failure::Core(opencall_core::Error::Validation(fields)) = self {
            for f in fields.iter().filter(|_| fields.len() > 1) {
                text.push_str(&format!("  {}: {}\n", f.field, f.message_in(lang)));
            }
        }
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(text.as_bytes());
        let _ = stderr.flush();
    }
}
