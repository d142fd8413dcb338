//! The generated stencil tables, one module per target architecture.
//!
//! Both are compiled on every host, so a change that breaks the other
//! architecture's tables fails to build here too; `for_host` picks the one
//! that runs.

#[rustfmt::skip]
pub mod aarch64;
#[rustfmt::skip]
pub mod x86_64;

use super::stencil::StencilGroup;

/// The stencil groups for the machine tessera runs on, if it is supported.
pub fn for_host() -> Option<&'static [StencilGroup]> {
    if cfg!(target_arch = "x86_64") {
        Some(x86_64::GROUPS)
    } else if cfg!(target_arch = "aarch64") {
        Some(aarch64::GROUPS)
    } else {
        None
    }
}

/// The host's stencil group for a micro-op, by name (e.g. `_LOAD_FAST`).
pub fn host_group(name: &str) -> Option<&'static StencilGroup> {
    let groups = for_host()?;
    groups.binary_search_by(|g| g.name.cmp(name)).ok().map(|i| &groups[i])
}

#[cfg(test)]
mod tests {
    use super::super::stencil::{HoleKind, HoleValue, Stencil, StencilGroup};

    /// Bytes a hole of each kind patches.
    fn width(kind: HoleKind) -> usize {
        match kind {
            HoleKind::Abs64 => 8,
            _ => 4,
        }
    }

    /// The structural promises the patcher relies on, for one architecture.
    fn check(groups: &[StencilGroup], arch_kinds: &[HoleKind]) {
        assert!(!groups.is_empty());
        let mut names: Vec<&str> = groups.iter().map(|g| g.name).collect();
        let sorted = {
            let mut s = names.clone();
            s.sort();
            s
        };
        assert_eq!(names, sorted, "groups are in name order");
        names.dedup();
        assert_eq!(names.len(), groups.len(), "no micro-op twice");
        for g in groups {
            // CPython's spelling: `_LOAD_FAST`, `_CALL_NATIVE_F64`, and for
            // a stack-caching stencil the depths it starts and ends at
            // (`_LOAD_FAST_r01`).
            let (base, depths) = match g.name.rsplit_once("_r") {
                Some((b, d)) if d.len() == 2 && d.bytes().all(|c| (b'0'..=b'2').contains(&c)) => (b, Some(d)),
                _ => (g.name, None),
            };
            assert!(
                base.starts_with('_')
                    && base[1..].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'),
                "{}",
                g.name
            );
            if depths.is_some() {
                assert!(names.contains(&base), "{}: a cached stencil without the plain one", g.name);
            }
            let stencils: [(&str, &Stencil); 2] = [("code", &g.code), ("data", &g.data)];
            for (which, s) in stencils {
                let mut end = 0;
                for h in s.holes {
                    let at = h.offset as usize;
                    assert!(at >= end, "{} {which}: holes overlap or are unsorted", g.name);
                    end = at + width(h.kind);
                    assert!(end <= s.body.len(), "{} {which}: hole at {at:#x} past the end", g.name);
                    assert!(arch_kinds.contains(&h.kind), "{} {which}: {:?} on this architecture", g.name, h.kind);
                    assert_eq!(h.symbol.is_some(), h.value == HoleValue::Zero, "{}: symbol iff Zero", g.name);
                }
            }
            // Data holes are GOT slots: whole 64-bit words.
            assert!(g.data.holes.iter().all(|h| h.kind == HoleKind::Abs64 && h.offset % 8 == 0), "{}", g.name);
            // Only a cached stencil may be empty (a pop of a cached value
            // that needs releasing nothing is no code at all).
            assert!(!g.code.body.is_empty() || depths.is_some(), "{}: empty code", g.name);
        }
    }

    #[test]
    fn x86_64_tables_are_well_formed() {
        check(super::x86_64::GROUPS, &[HoleKind::Abs64, HoleKind::Abs32, HoleKind::Abs32S, HoleKind::PcRel32]);
        assert_eq!(super::x86_64::DIGEST.len(), 64);
    }

    #[test]
    fn aarch64_tables_are_well_formed() {
        use HoleKind::*;
        check(super::aarch64::GROUPS, &[Abs64, A64Branch26, A64CondBranch19, A64AdrPage21, A64AddLo12, A64Ldst64Lo12]);
        assert_eq!(super::aarch64::DIGEST.len(), 64);
    }

    #[test]
    fn both_architectures_have_the_same_micro_ops() {
        let names = |g: &[StencilGroup]| g.iter().map(|g| g.name).collect::<Vec<_>>();
        assert_eq!(names(super::x86_64::GROUPS), names(super::aarch64::GROUPS));
    }
}
