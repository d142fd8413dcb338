//! The optimizer on small hand-written functions, one per rewrite, for
//! both architectures; each case shows the body before and after.

use super::*;
use expect_test::{expect, Expect};

fn check(arch: Arch, body: &str, expect: Expect) {
    let text = format!(
        "\t.text\n\t.globl\t_JIT_ENTRY\n\t.type\t_JIT_ENTRY,@function\n_JIT_ENTRY:\n{body}.Lfunc_end0:\n\t.size\t_JIT_ENTRY, .Lfunc_end0-_JIT_ENTRY\n"
    );
    let out = optimize(arch, &text);
    let start = out.find("_JIT_ENTRY:\n").unwrap() + "_JIT_ENTRY:\n".len();
    let end = out.find(".Lfunc_end0:").unwrap();
    expect.assert_eq(&out[start..end]);
}

#[test]
fn guard_exit_goes_straight_to_the_hole() {
    // A guard's exit block is one jump: the guard branches to the hole and
    // the hot path's jump to the next stencil disappears.
    check(
        Arch::X86_64,
        "\taddq\t%rcx, %rax\n\tjo\t.LBB0_1\n# %bb.2:\n\tmovq\t%rax, -16(%r13)\n\tjmp\t_JIT_CONTINUE                   # TAILCALL\n.LBB0_1:\n\tjmp\t_JIT_EXIT_TARGET                # TAILCALL\n",
        expect![[r#"
            	addq	%rcx, %rax
            	jo	_JIT_EXIT_TARGET
            # %bb.2:
            	movq	%rax, -16(%r13)
            .L_JIT_CONTINUE:
        "#]],
    );
}

#[test]
fn branch_over_a_jump_is_inverted() {
    check(
        Arch::X86_64,
        "\ttestq\t%rax, %rax\n\tje\t.LBB0_2\n\tjmp\t_JIT_ERROR_TARGET\n.LBB0_2:\n\tmovq\t%rax, %r13\n\tjmp\t_JIT_CONTINUE\n",
        expect![[r#"
            	testq	%rax, %rax
            	jne	_JIT_ERROR_TARGET
            .LBB0_2:
            	movq	%rax, %r13
            .L_JIT_CONTINUE:
        "#]],
    );
}

#[test]
fn slow_paths_move_to_the_cold_section() {
    // The helper call's error path is two instructions: it is no
    // trampoline, so it moves out of the hot path instead; the last cold
    // block fell through into the end label, and now jumps there.
    check(
        Arch::X86_64,
        "\tpushq\t%rax\n\tcallq\t*tessera_jit_binary_op@GOTPCREL(%rip)\n\ttestq\t%rax, %rax\n\tje\t.LBB0_1\n\tjs\t.LBB0_3\n\tmovq\t%rax, %r13\n\tpopq\t%rax\n\tjmp\t_JIT_CONTINUE\n.LBB0_1:\n\tpopq\t%rax\n\tjmp\t_JIT_ERROR_TARGET\n.LBB0_3:\n\tincl\t(%rdx)\n",
        expect![[r#"
            	pushq	%rax
            	callq	*tessera_jit_binary_op@GOTPCREL(%rip)
            	testq	%rax, %rax
            	je	.LBB0_1
            	js	.LBB0_3
            	movq	%rax, %r13
            	popq	%rax
            .L_JIT_CONTINUE:
            	.section	.text.cold,"ax",@progbits
            .LBB0_1:
            	popq	%rax
            	jmp	_JIT_ERROR_TARGET
            .LBB0_3:
            	incl	(%rdx)
            	jmp	.L_JIT_CONTINUE
            	.text
        "#]],
    );
}

#[test]
fn labels_used_elsewhere_are_kept() {
    // A jump table in .rodata names .LBB0_3: its block stays even though
    // no branch reaches it.
    let text = "\t.text\n\t.type\t_JIT_ENTRY,@function\n_JIT_ENTRY:\n\tjmp\t*.LJTI0_0(,%rax,8)\n.LBB0_3:\n\tjmp\t_JIT_EXIT_TARGET\n.Lfunc_end0:\n\t.section\t.rodata\n.LJTI0_0:\n\t.quad\t.LBB0_3\n";
    let out = optimize(Arch::X86_64, text);
    assert!(out.contains(".LBB0_3:\n\tjmp\t_JIT_EXIT_TARGET"), "{out}");
}

#[test]
fn two_functions_are_left_alone() {
    let text = "\t.type\t_JIT_ENTRY,@function\n_JIT_ENTRY:\n\tjmp\t_JIT_CONTINUE\n.Lfunc_end0:\n\t.type\thelper,@function\nhelper:\n\tretq\n";
    assert_eq!(optimize(Arch::X86_64, text), text);
}

#[test]
fn aarch64_branches() {
    // b.vs goes to the hole; the exit that restores a register first moves
    // to the cold section; tbz may not leave its section, so its target
    // stays a local block, in the hot section with it.
    check(
        Arch::Aarch64,
        "\tadds\tx9, x10, x9\n\tb.vs\t.LBB0_2\n\ttbz\tw9, #0, .LBB0_3\n\tstur\tx10, [x8, #-16]\n\tb\t_JIT_CONTINUE\n.LBB0_2:\n\tb\t_JIT_EXIT_TARGET\n.LBB0_3:\n\tmov\tx21, x8\n\tb\t_JIT_EXIT_TARGET\n",
        expect![[r#"
            	adds	x9, x10, x9
            	b.vs	_JIT_EXIT_TARGET
            	tbz	w9, #0, .LBB0_3
            	stur	x10, [x8, #-16]
            	b	.L_JIT_CONTINUE
            .LBB0_3:
            	mov	x21, x8
            	b	_JIT_EXIT_TARGET
            .L_JIT_CONTINUE:
        "#]],
    );
    check(
        Arch::Aarch64,
        "\tcbz\tx0, .LBB0_2\n\tmov\tx21, x0\n\tb\t_JIT_CONTINUE\n.LBB0_2:\n\tmov\tx21, x8\n\tb\t_JIT_ERROR_TARGET\n",
        expect![[r#"
            	cbz	x0, .LBB0_2
            	mov	x21, x0
            .L_JIT_CONTINUE:
            	.section	.text.cold,"ax",@progbits
            .LBB0_2:
            	mov	x21, x8
            	b	_JIT_ERROR_TARGET
            	.text
        "#]],
    );
}
