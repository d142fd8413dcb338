//! Rewrites a template's assembly before it is assembled, so the hot path
//! of each stencil falls through into the next one.
//!
//! LLVM lays a template out with its likely path first and ends that path
//! with a tail jump to `_JIT_CONTINUE`; the unlikely paths follow, most of
//! them a single tail jump to `_JIT_EXIT_TARGET` or `_JIT_ERROR_TARGET`.
//! Left alone, every such stencil costs the trace a taken jump (over its
//! cold tail) on the hot path, and a patched hole. This pass, like
//! CPython's `Tools/jit/_optimizers.py`, works on the assembly text:
//!
//! 1. every branch to `_JIT_CONTINUE` goes to a local label at the end of
//!    the function instead (the next stencil starts there), so it needs no
//!    hole;
//! 2. branches to a block that is one unconditional jump go straight to
//!    that jump's target (a guard's `jo .LBB0_1` becomes `jo
//!    _JIT_EXIT_TARGET`);
//! 3. a conditional branch over an unconditional jump is inverted (`je A;
//!    jmp B; A:` becomes `jne B; A:`);
//! 4. blocks nothing reaches any more are dropped, and so are jumps to the
//!    very next instruction;
//! 5. what still follows the hot path's final jump to the end label (slow
//!    paths that call helpers, loops) moves to a cold section, which the
//!    runtime places after all of a trace's hot code; that final jump then
//!    jumps to the next instruction and is dropped too.
//!
//! The passes repeat until nothing changes. Each architecture says how its
//! branches read (`Syntax`, in `optimizer/x86_64.rs` and
//! `optimizer/aarch64.rs`); the passes themselves are shared. A template
//! whose text holds more than one function is left as it is, since the end
//! label must be the end of the section.

mod aarch64;
mod x86_64;

use crate::Arch;

/// The label every branch to `_JIT_CONTINUE` is turned into.
pub const CONTINUE_LABEL: &str = ".L_JIT_CONTINUE";

/// The section the cold blocks are moved to; `parse` makes it the group's
/// cold stencil, which the runtime places after every hot stencil.
pub const COLD_SECTION: &str = ".text.cold";

/// What a direct branch instruction is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    /// Always taken (`jmp`, `b`).
    Jump,
    /// Conditional, and its relocation to another symbol is one stencils
    /// support (`jcc rel32`, `b.cond`/`cbz` as `A64CondBranch19`).
    Cond,
    /// Conditional, but only to a label of the same function (AArch64's
    /// `tbz`, whose 14-bit relocation stencils do not patch).
    CondLocal,
}

/// How one architecture's assembly spells branches.
pub trait Syntax {
    /// What starts a comment running to the end of the line.
    const COMMENT: &'static str;
    /// The kind of a direct branch with this mnemonic, or None.
    fn branch(mnemonic: &str) -> Option<BranchKind>;
    /// Whether execution never falls through this instruction (direct or
    /// indirect jumps, returns, traps).
    fn is_terminator(mnemonic: &str) -> bool;
    /// The conditional branch taken exactly when this one is not.
    fn invert(mnemonic: &str) -> Option<String>;
    /// An unconditional jump to `target`.
    fn jump(target: &str) -> Line;
}

/// One line of a function body.
#[derive(Clone, Debug)]
pub enum Line {
    Label(String),
    /// An instruction: its mnemonic, its operands split at commas (only
    /// branch targets are read or changed), and its original text, which
    /// is written back as it was unless the instruction changed.
    Instr {
        mnemonic: String,
        operands: Vec<String>,
        text: Option<String>,
    },
    /// Directives and comments, kept as they are.
    Other(String),
}

impl Line {
    fn parse<S: Syntax>(text: &str) -> Line {
        let code = text.split(S::COMMENT).next().unwrap_or("").trim();
        if code.is_empty() {
            return Line::Other(text.to_string());
        }
        if let Some(label) = code.strip_suffix(':') {
            if !label.contains(char::is_whitespace) {
                return Line::Label(label.to_string());
            }
        }
        if code.starts_with('.') {
            return Line::Other(text.to_string());
        }
        let (mnemonic, rest) = code.split_once(char::is_whitespace).unwrap_or((code, ""));
        let operands = rest.split(',').map(|o| o.trim().to_string()).filter(|o| !o.is_empty()).collect();
        Line::Instr { mnemonic: mnemonic.to_string(), operands, text: Some(text.to_string()) }
    }

    fn render(&self) -> String {
        match self {
            Line::Label(l) => format!("{l}:"),
            Line::Instr { text: Some(t), .. } => t.clone(),
            Line::Instr { mnemonic, operands, .. } if operands.is_empty() => format!("\t{mnemonic}"),
            Line::Instr { mnemonic, operands, .. } => format!("\t{mnemonic}\t{}", operands.join(", ")),
            Line::Other(t) => t.clone(),
        }
    }
}

/// The branch kind and target of a direct branch.
fn branch_of<S: Syntax>(line: &Line) -> Option<(BranchKind, &str)> {
    match line {
        Line::Instr { mnemonic, operands, .. } => {
            let kind = S::branch(mnemonic)?;
            let target = operands.last()?;
            // `jmp *%rax` and friends are indirect.
            if target.starts_with('*') || target.starts_with('%') {
                return None;
            }
            Some((kind, target.as_str()))
        }
        _ => None,
    }
}

fn is_terminator<S: Syntax>(line: &Line) -> bool {
    match line {
        Line::Instr { mnemonic, .. } => S::is_terminator(mnemonic),
        _ => false,
    }
}

/// Whether the last instruction or label of `lines` is a terminator: no
/// execution falls off their end.
fn ends_in_terminator<S: Syntax>(lines: &[Line]) -> bool {
    lines.iter().rev().find(|l| !matches!(l, Line::Other(_))).is_some_and(is_terminator::<S>)
}

fn set_target(line: &mut Line, target: &str) {
    if let Line::Instr { operands, text, .. } = line {
        if let Some(last) = operands.last_mut() {
            *last = target.to_string();
            *text = None;
        }
    }
}

fn is_local(label: &str) -> bool {
    label.starts_with(".L")
}

/// The optimized assembly of a template for `arch`.
pub fn optimize(arch: Arch, text: &str) -> String {
    match arch {
        Arch::X86_64 => optimize_with::<x86_64::X86_64>(text),
        Arch::Aarch64 => optimize_with::<aarch64::Aarch64>(text),
    }
}

fn optimize_with<S: Syntax>(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let functions = lines.iter().filter(|l| l.contains("@function")).count();
    let entry = lines.iter().position(|l| l.starts_with("_JIT_ENTRY:"));
    let (Some(entry), 1) = (entry, functions) else { return text.to_string() };
    let Some(end) = lines[entry..].iter().position(|l| l.starts_with(".Lfunc_end")).map(|e| entry + e) else {
        return text.to_string();
    };
    let mut body: Vec<Line> = lines[entry + 1..end].iter().map(|l| Line::parse::<S>(l)).collect();
    // Labels the rest of the file refers to (jump tables, sizes) are never
    // dropped; count those references once.
    let mut outside: Vec<String> = Vec::new();
    for l in lines[..=entry].iter().chain(&lines[end..]) {
        outside.extend(tokens(l));
    }

    for line in &mut body {
        if let Some((_, "_JIT_CONTINUE")) = branch_of::<S>(line) {
            set_target(line, CONTINUE_LABEL);
        }
    }
    body.push(Line::Label(CONTINUE_LABEL.to_string()));
    while retarget_trampolines::<S>(&mut body)
        | invert_branches::<S>(&mut body)
        | remove_jumps_to_next::<S>(&mut body)
        | remove_unreachable::<S>(&mut body, &outside)
    {}

    let cold = split_cold::<S>(&mut body);
    while remove_jumps_to_next::<S>(&mut body) {}

    let mut out: Vec<String> = lines[..=entry].iter().map(|l| l.to_string()).collect();
    out.extend(body.iter().map(Line::render));
    if !cold.is_empty() {
        out.push(format!("\t.section\t{COLD_SECTION},\"ax\",@progbits"));
        out.extend(cold.iter().map(Line::render));
        out.push("\t.text".to_string());
    }
    out.extend(lines[end..].iter().map(|l| l.to_string()));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The identifiers in a line, for counting references to labels.
fn tokens(line: &str) -> Vec<String> {
    line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Index of the first instruction at or after `from`, skipping labels
/// only if `through_labels`.
fn next_instr(body: &[Line], from: usize, through_labels: bool) -> Option<usize> {
    for (i, line) in body.iter().enumerate().skip(from) {
        match line {
            Line::Instr { .. } => return Some(i),
            Line::Label(_) if !through_labels => return None,
            _ => {}
        }
    }
    None
}

/// The labels between `from` and the next instruction.
fn labels_before_next_instr(body: &[Line], from: usize) -> Vec<&str> {
    let mut out = Vec::new();
    for line in &body[from..] {
        match line {
            Line::Label(l) => out.push(l.as_str()),
            Line::Instr { .. } => break,
            Line::Other(_) => {}
        }
    }
    out
}

/// Pass 2: a branch to a block that is one unconditional jump goes to that
/// jump's target.
fn retarget_trampolines<S: Syntax>(body: &mut [Line]) -> bool {
    let mut forward: Vec<(String, String)> = Vec::new();
    for (i, line) in body.iter().enumerate() {
        if let Line::Label(label) = line {
            let Some(j) = next_instr(body, i + 1, true) else { continue };
            if let Some((BranchKind::Jump, target)) = branch_of::<S>(&body[j]) {
                if target != label {
                    forward.push((label.clone(), target.to_string()));
                }
            }
        }
    }
    let mut changed = false;
    for line in body.iter_mut() {
        let Some((kind, target)) = branch_of::<S>(line) else { continue };
        let Some((_, to)) = forward.iter().find(|(from, _)| from == target) else { continue };
        if kind == BranchKind::CondLocal && !is_local(to) {
            continue;
        }
        let to = to.clone();
        set_target(line, &to);
        changed = true;
    }
    changed
}

/// Pass 3: `jcc A; jmp B; A:` becomes `jncc B; A:`.
fn invert_branches<S: Syntax>(body: &mut Vec<Line>) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < body.len() {
        if let Some((kind @ (BranchKind::Cond | BranchKind::CondLocal), a)) = branch_of::<S>(&body[i]) {
            let a = a.to_string();
            if let Some(j) = next_instr(body, i + 1, false) {
                if let Some((BranchKind::Jump, b)) = branch_of::<S>(&body[j]) {
                    let b = b.to_string();
                    let allowed = kind == BranchKind::Cond || is_local(&b);
                    let lands = labels_before_next_instr(body, j + 1).contains(&a.as_str());
                    let inverted = match &body[i] {
                        Line::Instr { mnemonic, .. } => S::invert(mnemonic),
                        _ => None,
                    };
                    if let (true, true, Some(inverted)) = (allowed, lands, inverted) {
                        if let Line::Instr { mnemonic, text, .. } = &mut body[i] {
                            *mnemonic = inverted;
                            *text = None;
                        }
                        set_target(&mut body[i], &b);
                        body.remove(j);
                        changed = true;
                    }
                }
            }
        }
        i += 1;
    }
    changed
}

/// Pass 4a: an unconditional jump to a label that comes next, with only
/// directives and labels between, is dropped.
fn remove_jumps_to_next<S: Syntax>(body: &mut Vec<Line>) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < body.len() {
        if let Some((BranchKind::Jump, target)) = branch_of::<S>(&body[i]) {
            if labels_before_next_instr(body, i + 1).contains(&target) {
                body.remove(i);
                changed = true;
                continue;
            }
        }
        i += 1;
    }
    changed
}

/// Pass 5: everything after the hot path's end (its first jump to the end
/// label that no instruction falls past) moves to the cold section, so
/// that jump becomes a jump to the next instruction and goes. Only when no
/// branch that cannot leave its section (`tbz`, `jrcxz`) would cross
/// between the two parts.
fn split_cold<S: Syntax>(body: &mut Vec<Line>) -> Vec<Line> {
    let end = body.iter().rposition(|l| matches!(l, Line::Label(l) if l == CONTINUE_LABEL));
    let tail =
        body.iter().position(|l| matches!(branch_of::<S>(l), Some((BranchKind::Jump, t)) if t == CONTINUE_LABEL));
    let (Some(end), Some(tail)) = (end, tail) else { return Vec::new() };
    // The cold part starts at the first label after the tail jump, and
    // nothing but directives may come between them.
    let Some(start) = (tail + 1..end).find(|&i| !matches!(body[i], Line::Other(_))) else { return Vec::new() };
    if start >= end || !matches!(body[start], Line::Label(_)) {
        return Vec::new();
    }
    let labels = |range: std::ops::Range<usize>, body: &[Line]| -> Vec<String> {
        body[range]
            .iter()
            .filter_map(|l| match l {
                Line::Label(l) => Some(l.clone()),
                _ => None,
            })
            .collect()
    };
    let cold_labels = labels(start..end, body);
    let hot_labels = labels(0..start, body);
    let crosses = body.iter().enumerate().any(|(i, l)| match branch_of::<S>(l) {
        Some((BranchKind::CondLocal, t)) => {
            let in_cold = (start..end).contains(&i);
            let to_cold = cold_labels.iter().any(|c| c == t);
            let to_hot = hot_labels.iter().any(|h| h == t) || t == CONTINUE_LABEL;
            (in_cold && to_hot) || (!in_cold && to_cold)
        }
        _ => false,
    });
    if crosses {
        return Vec::new();
    }
    let mut cold: Vec<Line> = body.drain(start..end).collect();
    // The last cold block may have fallen through into the end label;
    // in its own section it must jump there.
    if !ends_in_terminator::<S>(&cold) {
        cold.push(S::jump(CONTINUE_LABEL));
    }
    cold
}

/// Pass 4b: a block that follows a terminator and whose labels nothing
/// refers to is dropped, up to the next label.
fn remove_unreachable<S: Syntax>(body: &mut Vec<Line>, outside: &[String]) -> bool {
    let mut referenced: Vec<String> = outside.to_vec();
    for line in body.iter() {
        if let Line::Instr { operands, .. } = line {
            for o in operands {
                referenced.extend(tokens(o));
            }
        }
    }
    let mut changed = false;
    let mut i = 0;
    while i < body.len() {
        let Line::Label(label) = &body[i] else {
            i += 1;
            continue;
        };
        let dead =
            label != CONTINUE_LABEL && !referenced.iter().any(|r| r == label) && ends_in_terminator::<S>(&body[..i]);
        if !dead {
            i += 1;
            continue;
        }
        // Drop the label and what follows it, up to the next label.
        let stop = body[i + 1..].iter().position(|l| matches!(l, Line::Label(_))).map_or(body.len(), |p| i + 1 + p);
        body.drain(i..stop);
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests;
