//! How x86_64 assembly (AT&T syntax, as LLVM prints it) spells branches.

use super::{BranchKind, Line, Syntax};

pub struct X86_64;

/// Condition codes in pairs that are each other's negation; aliases
/// (`c`, `z`, `nae`, ...) are listed too, as LLVM may print any of them.
const CONDITIONS: [(&str, &str); 15] = [
    ("o", "no"),
    ("b", "ae"),
    ("c", "nc"),
    ("nae", "nb"),
    ("e", "ne"),
    ("z", "nz"),
    ("be", "a"),
    ("na", "nbe"),
    ("s", "ns"),
    ("p", "np"),
    ("pe", "po"),
    ("l", "ge"),
    ("nge", "nl"),
    ("le", "g"),
    ("ng", "nle"),
];

fn condition(mnemonic: &str) -> Option<&str> {
    let cc = mnemonic.strip_prefix('j')?;
    CONDITIONS.iter().any(|(a, b)| *a == cc || *b == cc).then_some(cc)
}

impl Syntax for X86_64 {
    const COMMENT: &'static str = "#";

    fn branch(mnemonic: &str) -> Option<BranchKind> {
        match mnemonic {
            "jmp" | "jmpq" => Some(BranchKind::Jump),
            // Only rel8 forms exist: never to another symbol.
            "jrcxz" | "jecxz" => Some(BranchKind::CondLocal),
            m => condition(m).map(|_| BranchKind::Cond),
        }
    }

    fn is_terminator(mnemonic: &str) -> bool {
        matches!(mnemonic, "jmp" | "jmpq" | "ret" | "retq" | "ud2")
    }

    fn invert(mnemonic: &str) -> Option<String> {
        let cc = condition(mnemonic)?;
        let (a, b) = CONDITIONS.iter().find(|(a, b)| *a == cc || *b == cc)?;
        Some(format!("j{}", if *a == cc { b } else { a }))
    }

    fn jump(target: &str) -> Line {
        Line::Instr { mnemonic: "jmp".to_string(), operands: vec![target.to_string()], text: None }
    }
}
