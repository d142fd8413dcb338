//! How AArch64 assembly (as LLVM prints it) spells branches.

use super::{BranchKind, Line, Syntax};

pub struct Aarch64;

/// Condition codes in pairs that are each other's negation.
const CONDITIONS: [(&str, &str); 8] =
    [("eq", "ne"), ("hs", "lo"), ("cs", "cc"), ("mi", "pl"), ("vs", "vc"), ("hi", "ls"), ("ge", "lt"), ("gt", "le")];

impl Syntax for Aarch64 {
    const COMMENT: &'static str = "//";

    fn branch(mnemonic: &str) -> Option<BranchKind> {
        match mnemonic {
            "b" => Some(BranchKind::Jump),
            // Both take a 19-bit offset, patched as A64CondBranch19.
            "cbz" | "cbnz" => Some(BranchKind::Cond),
            // A 14-bit offset stencils do not patch: same function only.
            "tbz" | "tbnz" => Some(BranchKind::CondLocal),
            m => {
                let cc = m.strip_prefix("b.")?;
                CONDITIONS.iter().any(|(a, b)| *a == cc || *b == cc).then_some(BranchKind::Cond)
            }
        }
    }

    fn is_terminator(mnemonic: &str) -> bool {
        matches!(mnemonic, "b" | "br" | "ret" | "brk" | "udf")
    }

    fn invert(mnemonic: &str) -> Option<String> {
        match mnemonic {
            "cbz" => return Some("cbnz".into()),
            "cbnz" => return Some("cbz".into()),
            "tbz" => return Some("tbnz".into()),
            "tbnz" => return Some("tbz".into()),
            _ => {}
        }
        let cc = mnemonic.strip_prefix("b.")?;
        let (a, b) = CONDITIONS.iter().find(|(a, b)| *a == cc || *b == cc)?;
        Some(format!("b.{}", if *a == cc { b } else { a }))
    }

    fn jump(target: &str) -> Line {
        Line::Instr { mnemonic: "b".to_string(), operands: vec![target.to_string()], text: None }
    }
}
