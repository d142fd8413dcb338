//! The front end: source text to code objects.
//!
//! This module tree is the only place that sees rustpython-parser's types
//! (re-exported privately as `ast`); everything downstream sees
//! [`crate::bytecode::Code`]. Parsing errors are turned into a
//! [`CompileError`] carrying CPython's message, line and column, which the
//! runtime raises as `SyntaxError` or `IndentationError`.

mod codegen;
mod lazy;
pub(crate) mod symtable;

pub(crate) use rustpython_parser::ast;

use crate::value::Value;
use crate::vm::Vm;

/// A syntax error with its position (1-based line, 1-based column).
#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_col: u32,
    pub text: String,
}

/// Byte offsets of line starts, for turning AST ranges into line numbers.
pub(crate) struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0)
    }
}

fn source_line(src: &str, line: u32) -> String {
    src.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").to_string()
}

/// Whether a line starts a compound statement that lacks its colon.
fn needs_colon(line: &str) -> bool {
    let t = line.trim();
    let first = t.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    matches!(first, "if" | "elif" | "else" | "for" | "while" | "def" | "class" | "with" | "try" | "except" | "finally")
        && !t.ends_with(':')
}

/// The innermost bracket left open at the end of the source (ignoring
/// strings and comments), with its byte offset.
fn unclosed_bracket(src: &str) -> Option<(char, u32)> {
    let mut stack: Vec<(char, u32)> = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        match c {
            '#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            '\'' | '"' => {
                let q = b[i];
                let triple = i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if i + 2 < b.len() && b[i] == q && b[i + 1] == q && b[i + 2] == q {
                            i += 2;
                            break;
                        }
                    } else if b[i] == q || b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            '(' | '[' | '{' => stack.push((c, i as u32)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.pop()
}

/// Converts a parse error into CPython's wording where we know it.
fn parse_error(src: &str, err: rustpython_parser::ParseError) -> CompileError {
    use rustpython_parser::lexer::LexicalErrorType as L;
    use rustpython_parser::ParseErrorType as P;
    let lines = LineIndex::new(src);
    let offset = u32::from(err.offset);
    let mut line = lines.line(offset);
    let mut col = offset - lines.line_start(line) + 1;
    let mut kind = "SyntaxError";
    let msg = match &err.error {
        P::Eof => match unclosed_bracket(src) {
            // CPython points at the bracket that was never closed.
            Some((b, off)) => {
                line = lines.line(off);
                col = off - lines.line_start(line) + 1;
                format!("'{b}' was never closed")
            }
            None => "unexpected EOF while parsing".to_string(),
        },
        P::Lexical(L::IndentationError) => {
            kind = "IndentationError";
            "unindent does not match any outer indentation level".to_string()
        }
        P::Lexical(L::TabError) => {
            kind = "TabError";
            "inconsistent use of tabs and spaces in indentation".to_string()
        }
        P::Lexical(L::StringError) => "unterminated string literal".to_string(),
        P::Lexical(L::UnrecognizedToken { tok }) => format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
        P::Lexical(L::OtherError(m)) => m.clone(),
        P::Lexical(L::DuplicateArgumentError(name)) => format!("duplicate argument '{name}' in function definition"),
        P::Lexical(L::PositionalArgumentError) => "positional argument follows keyword argument".to_string(),
        P::Lexical(L::UnpackedArgumentError) => {
            "iterable argument unpacking follows keyword argument unpacking".to_string()
        }
        P::Lexical(L::DefaultArgumentError) => "non-default argument follows default argument".to_string(),
        P::Lexical(L::Eof) => match unclosed_bracket(src) {
            Some((b, off)) => {
                line = lines.line(off);
                col = off - lines.line_start(line) + 1;
                format!("'{b}' was never closed")
            }
            None => "unexpected EOF while parsing".to_string(),
        },
        P::Lexical(L::NestingError) => "too many nested parentheses".to_string(),
        P::Lexical(L::FStringError(e)) => format!("f-string: {e}"),
        P::Lexical(L::DuplicateKeywordArgumentError(name)) => format!("keyword argument repeated: {name}"),
        P::Lexical(L::LineContinuationError) => "unexpected character after line continuation character".to_string(),
        P::Lexical(other) => format!("{other}"),
        P::UnrecognizedToken(tok, _expected) => {
            use rustpython_parser::Tok;
            match tok {
                Tok::Indent => {
                    kind = "IndentationError";
                    "unexpected indent".to_string()
                }
                Tok::Dedent => {
                    kind = "IndentationError";
                    "unexpected unindent".to_string()
                }
                Tok::EndOfFile if unclosed_bracket(src).is_some() => {
                    let (b, off) = unclosed_bracket(src).unwrap();
                    line = lines.line(off);
                    col = off - lines.line_start(line) + 1;
                    format!("'{b}' was never closed")
                }
                _ => {
                    // "expected an indented block" shows up as a newline/token
                    // where an indent should be.
                    let prev_line = source_line(src, line.saturating_sub(1));
                    if matches!(tok, Tok::Newline)
                        || prev_line.trim_end().ends_with(':') && !source_line(src, line).starts_with([' ', '\t'])
                    {
                        if prev_line.trim_end().ends_with(':') {
                            kind = "IndentationError";
                            let stmt = prev_line.split_whitespace().next().unwrap_or("").trim_end_matches(':');
                            let what = match stmt {
                                "if" | "elif" => "'if' statement",
                                "else" => "'else' statement",
                                "for" => "'for' statement",
                                "while" => "'while' statement",
                                "def" => "function definition",
                                "class" => "class definition",
                                "try" => "'try' statement",
                                "with" => "'with' statement",
                                _ => "block",
                            };
                            let l = line - 1;
                            line = l + 1;
                            col = 1;
                            format!("expected an indented block after {what} on line {l}")
                        } else if matches!(tok, Tok::Newline) && needs_colon(&source_line(src, line)) {
                            "expected ':'".to_string()
                        } else {
                            "invalid syntax".to_string()
                        }
                    } else {
                        "invalid syntax".to_string()
                    }
                }
            }
        }
        P::ExtraToken(_) | P::InvalidToken => "invalid syntax".to_string(),
    };
    let text = source_line(src, line);
    CompileError { kind, msg, line, col, end_col: col + 1, text }
}

/// How the source is used.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or script.
    Exec,
    /// A single expression (`eval`).
    Eval,
}

/// Compiles source text into a code object.
pub fn compile(vm: &mut Vm, src: &str, filename: &str, mode: Mode) -> Result<Value, CompileError> {
    let parse_mode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
    };
    let mut tokens = lazy::LazyTokens::new(rustpython_parser::lexer::lex(src, parse_mode));
    let tree = rustpython_parser::parse_tokens(&mut tokens, parse_mode, filename).map_err(|e| parse_error(src, e))?;
    let marks = tokens.marks;
    let body: Vec<ast::Stmt> = match tree {
        ast::Mod::Module(m) => m.body,
        ast::Mod::Expression(e) => {
            vec![ast::Stmt::Return(ast::StmtReturn { range: Default::default(), value: Some(e.body) })]
        }
        _ => Vec::new(),
    };
    lazy::check_placement(&body, &marks, src).map_err(|m| {
        let lines = LineIndex::new(src);
        let line = lines.line(m.start);
        let col = m.start - lines.line_start(line) + 1;
        // CPython highlights the `lazy` keyword.
        CompileError {
            kind: "SyntaxError",
            msg: m.msg,
            line,
            col,
            end_col: col + (m.end - m.start),
            text: source_line(src, line),
        }
    })?;
    let table = symtable::build(&body).map_err(|e| {
        let lines = LineIndex::new(src);
        let line = lines.line(e.offset);
        CompileError {
            kind: "SyntaxError",
            msg: e.msg,
            line,
            col: e.offset - lines.line_start(line) + 1,
            end_col: 0,
            text: source_line(src, line),
        }
    })?;
    codegen::compile_module(vm, src, filename, &body, &table, &marks, mode == Mode::Eval)
}
