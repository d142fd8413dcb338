//! PEP 810's soft keyword `lazy`, recognised in the token stream.
//!
//! rustpython-parser 0.4 predates PEP 810 and rejects `lazy import x`. Rather
//! than fork the grammar, the lexer's tokens pass through [`LazyTokens`]: a
//! `lazy` name at the start of a simple statement, directly followed by
//! `import` or `from`, is dropped and the keyword's range is widened to begin
//! at `lazy`. The grammar then builds an ordinary `Import`/`ImportFrom` whose
//! range starts at `lazy`, exactly as CPython's node does, and the compiler
//! asks [`LazyMarks`] whether a statement starting at that offset was lazy.
//! Byte offsets are untouched, so every later error position stays exact.
//! Everywhere else `lazy` is an ordinary name (`lazy = 1`, `print(lazy)`,
//! `from lazy import x`, `raise lazy from None`).

use super::ast;
use rustpython_parser::lexer::LexResult;
use rustpython_parser::text_size::TextRange;
use rustpython_parser::Tok;
use std::collections::HashMap;

/// The `lazy` keywords found: statement start offset to the keyword's range.
#[derive(Default, Debug)]
pub(crate) struct LazyMarks {
    by_start: HashMap<u32, (u32, u32)>,
}

impl LazyMarks {
    /// The `lazy` keyword's byte range if the statement starting at `start`
    /// was written `lazy import` / `lazy from`.
    pub fn keyword_at(&self, start: u32) -> Option<(u32, u32)> {
        self.by_start.get(&start).copied()
    }
}

/// The token stream with the `lazy` soft keyword folded into the import
/// keyword that follows it.
pub(crate) struct LazyTokens<I: Iterator<Item = LexResult>> {
    inner: std::iter::Peekable<I>,
    /// The next token starts a simple statement.
    at_start: bool,
    /// Bracket nesting: a `:` inside brackets (slices, dicts, lambdas in
    /// calls) does not start a statement.
    depth: u32,
    /// The lexer reported an error: stop, as the parser does. (After an
    /// unclosed bracket the 0.4 lexer repeats `Err(Eof)` forever.)
    failed: bool,
    pub marks: LazyMarks,
}

impl<I: Iterator<Item = LexResult>> LazyTokens<I> {
    pub fn new(inner: I) -> Self {
        LazyTokens { inner: inner.peekable(), at_start: true, depth: 0, failed: false, marks: LazyMarks::default() }
    }

    fn track(&mut self, tok: &Tok) {
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => self.depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        self.at_start = match tok {
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi => true,
            Tok::Colon => self.depth == 0,
            _ => false,
        };
    }
}

impl<I: Iterator<Item = LexResult>> Iterator for LazyTokens<I> {
    type Item = LexResult;

    fn next(&mut self) -> Option<LexResult> {
        if self.failed {
            return None;
        }
        let item = self.inner.next()?;
        let (tok, range) = match item {
            Ok(t) => t,
            Err(e) => {
                self.failed = true;
                return Some(Err(e));
            }
        };
        if self.at_start && matches!(&tok, Tok::Name { name } if name == "lazy") {
            if let Some(Ok((next @ (Tok::Import | Tok::From), next_range))) = self.inner.peek() {
                let next = next.clone();
                let next_range = *next_range;
                self.inner.next();
                self.marks
                    .by_start
                    .insert(u32::from(range.start()), (u32::from(range.start()), u32::from(range.end())));
                self.track(&next);
                return Some(Ok((next, TextRange::new(range.start(), next_range.end()))));
            }
        }
        self.track(&tok);
        Some(Ok((tok, range)))
    }
}

/// Where a statement sits, for PEP 810's placement rules.
#[derive(Clone, Copy)]
enum Place {
    Module,
    Function,
    Class,
}

/// A `lazy` import where PEP 810 forbids it: the message and the `lazy`
/// keyword's byte range.
pub(crate) struct Misplaced {
    pub msg: String,
    pub start: u32,
    pub end: u32,
}

/// Checks every `lazy` import's placement before code generation, as
/// CPython's symbol-table pass does (so these errors come first): not in
/// functions, classes or any part of `try`, not `*`, not `__future__`.
pub(crate) fn check_placement(body: &[ast::Stmt], marks: &LazyMarks, src: &str) -> Result<(), Misplaced> {
    if marks.by_start.is_empty() {
        return Ok(());
    }
    walk(body, marks, src, Place::Module, false)
}

fn walk(body: &[ast::Stmt], marks: &LazyMarks, src: &str, place: Place, in_try: bool) -> Result<(), Misplaced> {
    use ast::Stmt;
    for stmt in body {
        match stmt {
            Stmt::Import(_) | Stmt::ImportFrom(_) => check_import(stmt, marks, src, place, in_try)?,
            Stmt::FunctionDef(f) => walk(&f.body, marks, src, Place::Function, false)?,
            Stmt::AsyncFunctionDef(f) => walk(&f.body, marks, src, Place::Function, false)?,
            Stmt::ClassDef(c) => walk(&c.body, marks, src, Place::Class, false)?,
            Stmt::If(s) => {
                walk(&s.body, marks, src, place, in_try)?;
                walk(&s.orelse, marks, src, place, in_try)?;
            }
            Stmt::For(s) => {
                walk(&s.body, marks, src, place, in_try)?;
                walk(&s.orelse, marks, src, place, in_try)?;
            }
            Stmt::AsyncFor(s) => {
                walk(&s.body, marks, src, place, in_try)?;
                walk(&s.orelse, marks, src, place, in_try)?;
            }
            Stmt::While(s) => {
                walk(&s.body, marks, src, place, in_try)?;
                walk(&s.orelse, marks, src, place, in_try)?;
            }
            Stmt::With(s) => walk(&s.body, marks, src, place, in_try)?,
            Stmt::AsyncWith(s) => walk(&s.body, marks, src, place, in_try)?,
            Stmt::Match(m) => {
                for case in &m.cases {
                    walk(&case.body, marks, src, place, in_try)?;
                }
            }
            Stmt::Try(t) => walk_try(&t.body, &t.handlers, &t.orelse, &t.finalbody, marks, src, place)?,
            Stmt::TryStar(t) => walk_try(&t.body, &t.handlers, &t.orelse, &t.finalbody, marks, src, place)?,
            _ => {}
        }
    }
    Ok(())
}

fn walk_try(
    body: &[ast::Stmt],
    handlers: &[ast::ExceptHandler],
    orelse: &[ast::Stmt],
    finalbody: &[ast::Stmt],
    marks: &LazyMarks,
    src: &str,
    place: Place,
) -> Result<(), Misplaced> {
    walk(body, marks, src, place, true)?;
    for h in handlers {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        walk(&h.body, marks, src, place, true)?;
    }
    walk(orelse, marks, src, place, true)?;
    walk(finalbody, marks, src, place, true)
}

fn check_import(stmt: &ast::Stmt, marks: &LazyMarks, src: &str, place: Place, in_try: bool) -> Result<(), Misplaced> {
    use ast::Ranged;
    let Some((start, end)) = marks.keyword_at(u32::from(stmt.range().start())) else {
        return Ok(());
    };
    let _ = src;
    let (what, star, future) = match stmt {
        ast::Stmt::ImportFrom(i) => (
            "lazy from ... import",
            i.names.len() == 1 && i.names[0].name.as_str() == "*",
            i.level.map_or(0, |l| l.to_u32()) == 0 && i.module.as_ref().map(|m| m.as_str()) == Some("__future__"),
        ),
        _ => ("lazy import", false, false),
    };
    let msg = match place {
        Place::Function => format!("{what} not allowed inside functions"),
        Place::Class => format!("{what} not allowed inside classes"),
        Place::Module if in_try => format!("{what} not allowed inside try/except blocks"),
        Place::Module if star => "lazy from ... import * is not allowed".to_string(),
        Place::Module if future => "lazy from __future__ import is not allowed".to_string(),
        Place::Module => return Ok(()),
    };
    Err(Misplaced { msg, start, end })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `src` and lists each top-level statement as `kind@start lazy?`.
    fn check(src: &str, expect: &str) {
        let mut toks = LazyTokens::new(rustpython_parser::lexer::lex(src, rustpython_parser::Mode::Module));
        let got = match rustpython_parser::parse_tokens(&mut toks, rustpython_parser::Mode::Module, "<t>") {
            Ok(rustpython_parser::ast::Mod::Module(m)) => m
                .body
                .iter()
                .map(|s| {
                    use rustpython_parser::ast::Ranged;
                    let start = u32::from(s.range().start());
                    let kind = match s {
                        rustpython_parser::ast::Stmt::Import(_) => "import",
                        rustpython_parser::ast::Stmt::ImportFrom(_) => "from",
                        rustpython_parser::ast::Stmt::If(_) => "if",
                        rustpython_parser::ast::Stmt::Raise(_) => "raise",
                        rustpython_parser::ast::Stmt::Expr(_) => "expr",
                        rustpython_parser::ast::Stmt::Assign(_) => "assign",
                        _ => "other",
                    };
                    let lazy = if toks.marks.keyword_at(start).is_some() { " lazy" } else { "" };
                    format!("{kind}@{start}{lazy}")
                })
                .collect::<Vec<_>>()
                .join(" "),
            Ok(_) => "?".into(),
            Err(e) => format!("error at {}", u32::from(e.offset)),
        };
        assert_eq!(got, expect, "source: {src:?}");
    }

    #[test]
    fn soft_keyword() {
        for (src, expect) in [
            ("lazy import a\n", "import@0 lazy"),
            ("lazy from m import x as y, z\n", "from@0 lazy"),
            ("lazy from . import sib\n", "from@0 lazy"),
            ("lazy = 3; lazy import csv\n", "assign@0 import@10 lazy"),
            ("import sys\nif sys: lazy import abc\n", "import@0 if@11"),
            ("x = lazy + 1\n", "assign@0"),
            ("raise lazy from None\n", "raise@0"),
            ("from lazy import x\n", "from@0"),
            ("lazy\nimport sys\n", "expr@0 import@5"),
            ("lazy \\\nimport sys\n", "import@0 lazy"),
            ("s = 'lazy import x'  # lazy import y\n", "assign@0"),
            ("print(lazy, {1: lazy})\n", "expr@0"),
            ("f(\n", "error at 3"),
        ] {
            check(src, expect);
        }
    }
}
