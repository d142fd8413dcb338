//! Parsing tests on small ELF objects written with the `object` crate, so
//! they run without LLVM: each case checks the holes read from the
//! relocations, GOT slots, and the removal of the final jump-to-next.

use super::*;
use object::write::{Object, Relocation, Symbol, SymbolSection};
use object::{
    Architecture, BinaryFormat, Endianness, RelocationFlags, SectionKind, SymbolFlags, SymbolKind, SymbolScope,
};

/// Builds a relocatable object with one text section `code`, `_JIT_ENTRY`
/// at its start, and relocations `(offset, r_type, symbol, addend)`.
fn object_file(arch: Arch, code: &[u8], relocs: &[(u64, u32, &str, i64)]) -> Vec<u8> {
    let machine = match arch {
        Arch::X86_64 => Architecture::X86_64,
        Arch::Aarch64 => Architecture::Aarch64,
    };
    let mut obj = Object::new(BinaryFormat::Elf, machine, Endianness::Little);
    let text = obj.add_section(vec![], b".text".to_vec(), SectionKind::Text);
    obj.append_section_data(text, code, 16);
    obj.add_symbol(Symbol {
        name: b"_JIT_ENTRY".to_vec(),
        value: 0,
        size: code.len() as u64,
        kind: SymbolKind::Text,
        scope: SymbolScope::Linkage,
        weak: false,
        section: SymbolSection::Section(text),
        flags: SymbolFlags::None,
    });
    for &(offset, r_type, name, addend) in relocs {
        let symbol = match obj.symbol_id(name.as_bytes()) {
            Some(id) => id,
            None => obj.add_symbol(Symbol {
                name: name.as_bytes().to_vec(),
                value: 0,
                size: 0,
                kind: SymbolKind::Unknown,
                scope: SymbolScope::Linkage,
                weak: false,
                section: SymbolSection::Undefined,
                flags: SymbolFlags::None,
            }),
        };
        obj.add_relocation(text, Relocation { offset, symbol, addend, flags: RelocationFlags::Elf { r_type } })
            .unwrap();
    }
    obj.write().unwrap()
}

fn hole(offset: u64, kind: HoleKind, value: HoleValue, symbol: Option<&str>, addend: i64) -> Hole {
    Hole { offset, kind, value, symbol: symbol.map(str::to_string), addend }
}

#[test]
fn x86_64_operand_helper_and_jump_to_next() {
    use goblin::elf::reloc::*;
    // movabs rax, OPERAND; call [rip + helper@GOT]; jmp _JIT_CONTINUE
    let mut code = vec![0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0];
    code.extend([0xff, 0x15, 0, 0, 0, 0]);
    code.extend([0xe9, 0, 0, 0, 0]);
    let relocs = [
        (2, R_X86_64_64, "_JIT_OPERAND", 0),
        (12, R_X86_64_GOTPCRELX, "tessera_jit_dealloc", -4),
        (17, R_X86_64_PLT32, "_JIT_CONTINUE", -4),
    ];
    let g = parse("_TEST", Arch::X86_64, &object_file(Arch::X86_64, &code, &relocs)).unwrap();
    assert_eq!(g.code.body, code[..16], "the final jmp is removed");
    assert_eq!(
        g.code.holes,
        [hole(2, HoleKind::Abs64, HoleValue::Operand, None, 0), hole(12, HoleKind::PcRel32, HoleValue::Data, None, -4),]
    );
    assert_eq!(g.data.body, [0; 8], "one GOT slot");
    assert_eq!(g.data.holes, [hole(0, HoleKind::Abs64, HoleValue::Zero, Some("tessera_jit_dealloc"), 0)]);
}

#[test]
fn x86_64_conditional_jump_to_next_is_kept() {
    use goblin::elf::reloc::*;
    // jb _JIT_CONTINUE (not the last instruction's shape), then ud2.
    let code = [0x0f, 0x82, 0, 0, 0, 0, 0x0f, 0x0b];
    let relocs = [(2, R_X86_64_PLT32, "_JIT_CONTINUE", -4)];
    let g = parse("_TEST", Arch::X86_64, &object_file(Arch::X86_64, &code, &relocs)).unwrap();
    assert_eq!(g.code.body, code);
    assert_eq!(g.code.holes, [hole(2, HoleKind::PcRel32, HoleValue::Continue, None, -4)]);
}

#[test]
fn aarch64_got_operand_and_branch() {
    use goblin::elf::reloc::*;
    // adrp x8, OPERAND@GOT; ldr x8, [x8, OPERAND@GOT_LO12]; b.lo EXIT; b _JIT_CONTINUE
    let code = [0x08, 0, 0, 0x90, 0x08, 0x01, 0x40, 0xf9, 0x03, 0, 0, 0x54, 0, 0, 0, 0x14];
    let relocs = [
        (0, R_AARCH64_ADR_GOT_PAGE, "_JIT_OPERAND", 0),
        (4, R_AARCH64_LD64_GOT_LO12_NC, "_JIT_OPERAND", 0),
        (8, R_AARCH64_CONDBR19, "_JIT_EXIT_TARGET", 0),
        (12, R_AARCH64_JUMP26, "_JIT_CONTINUE", 0),
    ];
    let g = parse("_TEST", Arch::Aarch64, &object_file(Arch::Aarch64, &code, &relocs)).unwrap();
    assert_eq!(g.code.body, code[..12], "the final b is removed");
    assert_eq!(
        g.code.holes,
        [
            hole(0, HoleKind::A64AdrPage21, HoleValue::Data, None, 0),
            hole(4, HoleKind::A64Ldst64Lo12, HoleValue::Data, None, 0),
            hole(8, HoleKind::A64CondBranch19, HoleValue::ExitTarget, None, 0),
        ]
    );
    assert_eq!(g.data.holes, [hole(0, HoleKind::Abs64, HoleValue::Operand, None, 0)], "one shared GOT slot");
}

#[test]
fn cold_section_is_the_cold_stencil() {
    use goblin::elf::reloc::*;
    // .text: je <cold>; .text.cold: jmp <back to .text's end>.
    let mut obj = Object::new(BinaryFormat::Elf, Architecture::X86_64, Endianness::Little);
    let text = obj.add_section(vec![], b".text".to_vec(), SectionKind::Text);
    let hot = [0x0f, 0x84, 0, 0, 0, 0, 0x90];
    obj.append_section_data(text, &hot, 16);
    let cold = obj.add_section(vec![], optimizer::COLD_SECTION.as_bytes().to_vec(), SectionKind::Text);
    obj.append_section_data(cold, &[0x90, 0xe9, 0, 0, 0, 0], 16);
    obj.add_symbol(Symbol {
        name: b"_JIT_ENTRY".to_vec(),
        value: 0,
        size: hot.len() as u64,
        kind: SymbolKind::Text,
        scope: SymbolScope::Linkage,
        weak: false,
        section: SymbolSection::Section(text),
        flags: SymbolFlags::None,
    });
    let (text_sym, cold_sym) = (obj.section_symbol(text), obj.section_symbol(cold));
    let flags = RelocationFlags::Elf { r_type: R_X86_64_PC32 };
    obj.add_relocation(text, Relocation { offset: 2, symbol: cold_sym, addend: -4, flags }).unwrap();
    obj.add_relocation(cold, Relocation { offset: 2, symbol: text_sym, addend: 7 - 4, flags }).unwrap();
    let g = parse("_TEST", Arch::X86_64, &obj.write().unwrap()).unwrap();
    assert_eq!(g.code.body, hot);
    assert_eq!(g.code.holes, [hole(2, HoleKind::PcRel32, HoleValue::Cold, None, -4)]);
    assert_eq!(g.cold.body, [0x90, 0xe9, 0, 0, 0, 0]);
    assert_eq!(g.cold.holes, [hole(2, HoleKind::PcRel32, HoleValue::Code, None, 3)], "back to the hot code's end");
}

/// A micro-op that compiles to no code (a stack-caching stencil that pops
/// a cached value by forgetting it) is an empty stencil, not an error.
#[test]
fn empty_code_is_an_empty_stencil() {
    let g = parse("_POP_TOP_NOREF_r10", Arch::X86_64, &object_file(Arch::X86_64, &[], &[])).unwrap();
    assert!(g.code.body.is_empty() && g.code.holes.is_empty() && g.data.body.is_empty());
}

#[test]
fn unknown_hole_symbols_and_other_targets_are_errors() {
    use goblin::elf::reloc::*;
    let code = [0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0];
    let bad = object_file(Arch::X86_64, &code, &[(2, R_X86_64_64, "_JIT_NOPE", 0)]);
    assert!(parse("_T", Arch::X86_64, &bad).unwrap_err().0.contains("unknown hole symbol _JIT_NOPE"));
    let x86 = object_file(Arch::X86_64, &code, &[]);
    assert!(parse("_T", Arch::Aarch64, &x86).unwrap_err().0.contains("not for aarch64"));
}

#[test]
fn emitted_module_names_its_digest() {
    let g = StencilGroup {
        name: "_NOP".into(),
        code: Stencil { body: vec![0x90], holes: vec![] },
        data: Stencil::default(),
        cold: Stencil::default(),
        disassembly: Some("0: nop".into()),
    };
    let text = emit_rust(Arch::X86_64, "abc123", &[g]);
    assert_eq!(digest_of(&text), Some("abc123"));
    expect_test::expect![[r#"
        //! Stencils for x86_64-unknown-linux-gnu: one group per micro-op.
        //!
        //! Generated by `cargo xtask stencils` from `templates/`; do not edit.
        //! `cargo xtask stencils --check` (run by CI) fails if this file is stale.

        // digest: abc123

        use crate::jit::stencil::{Hole, HoleKind, HoleValue, Stencil, StencilGroup};

        /// Digest of the inputs these stencils were made from.
        pub const DIGEST: &str = "abc123";

        /// `_NOP`
        pub const NOP: StencilGroup = StencilGroup {
            name: "_NOP",
            disassembly: concat!(
                "0: nop\n",
            ),
            code: Stencil {
                body: &[
                    0x90,
                ],
                holes: &[],
            },
            data: Stencil {
                body: &[],
                holes: &[],
            },
            cold: Stencil {
                body: &[],
                holes: &[],
            },
        };

        /// Every group, in micro-op name order.
        pub const GROUPS: &[StencilGroup] = &[
            NOP,
        ];
    "#]]
    .assert_eq(&text);
}
