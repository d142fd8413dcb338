//! Trace projection: from a hot loop's specialized bytecode to micro-ops.
//!
//! As CPython 3.13's tier 2, the trace is projected from the bytecode rather
//! than recorded while it runs: the specialized instructions already say
//! which types each site has seen (`BinaryOpAddFloat` has seen floats), so
//! walking the loop body from its head and translating each instruction
//! into guards and fast-path uops needs no hook in the interpreter's
//! dispatch. Branches become guards that stay on the projected path; which
//! way is projected is the fall-through unless earlier runs of this loop
//! showed the other way is the hot one (see `Loop::prefer_jump`).
//!
//! Every uop that can leave the trace does so before changing anything that
//! its instruction changes, so the interpreter resumes at that instruction
//! with the frame exactly as it would have had it never left.

use super::uop::{Uop, UopKind};
use crate::bytecode::{self, CmpOp, Code, Op};

/// The most uops in one trace: long enough for real loop bodies, short
/// enough that a trace fits a code-cache chunk with room to spare.
pub const MAX_UOPS: usize = 400;
/// A trace that does not loop (it ends at an instruction tier 2 does not
/// handle) is worth entering only if it does enough before it leaves.
pub const MIN_LINEAR_UOPS: usize = 12;

/// What to project: the loop whose back edge (`JumpBackward`) is at `back`
/// and whose head is `head`.
pub struct Loop<'a> {
    pub code: &'a Code,
    pub head: usize,
    pub back: usize,
    /// Branches (by bytecode index) whose jump, not fall-through, is the hot
    /// way: learnt from exits taken too often by earlier traces.
    pub prefer_jump: &'a [u32],
    /// The address of this thread's "collection due" flag, for
    /// `_CHECK_EVAL_BREAKER`.
    pub gc_flag: u64,
}

/// Why no trace was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abort {
    /// The loop starts with an instruction tier 2 does not handle.
    Unsupported(Op),
    /// The path from the head ends too soon to be worth a trace.
    TooShort,
    TooLong,
}

/// Projects the loop's hot path into uops. The result either loops
/// (ends with `_JUMP_TO_TOP`) or ends with `_EXIT_TRACE`.
pub fn project(l: &Loop<'_>) -> Result<Vec<Uop>, Abort> {
    let code = l.code;
    let mut out: Vec<Uop> = Vec::new();
    let mut pc = l.head;
    let in_loop = |t: usize| t >= l.head && t <= l.back;
    let end = |out: &mut Vec<Uop>, at: usize, why: Abort| -> Result<(), Abort> {
        if out.len() < MIN_LINEAR_UOPS {
            return Err(why);
        }
        out.push(Uop::new(UopKind::ExitTrace, at as u32).operand(at as u64));
        Ok(())
    };
    loop {
        if out.len() > MAX_UOPS {
            return Err(Abort::TooLong);
        }
        let (op, arg) = code.instr(pc);
        let at = pc as u32;
        let uop = |k: UopKind| Uop::new(k, at);
        match op {
            Op::Nop => {}
            Op::LoadFast | Op::LoadFastCheck => {
                out.push(uop(UopKind::CheckLocalBound).oparg(arg));
                out.push(uop(UopKind::LoadFast).oparg(arg));
            }
            Op::LoadFastLoadFast => {
                let (a, b) = (arg & 0xfff, arg >> 12);
                out.push(uop(UopKind::CheckLocalBound).oparg(a));
                out.push(uop(UopKind::CheckLocalBound).oparg(b));
                out.push(uop(UopKind::LoadFast).oparg(a));
                out.push(uop(UopKind::LoadFast).oparg(b));
            }
            Op::LoadFastLoadConst => {
                let (a, c) = (arg & 0xfff, arg >> 12);
                out.push(uop(UopKind::CheckLocalBound).oparg(a));
                out.push(uop(UopKind::LoadFast).oparg(a));
                out.push(uop(UopKind::LoadConstInline).operand(code.consts[c as usize].bits()));
            }
            Op::StoreFastLoadFast => {
                let (a, b) = (arg & 0xfff, arg >> 12);
                // Check the loaded local before the store changes the stack
                // (storing `a` cannot bind a different local `b`).
                if a != b {
                    out.push(uop(UopKind::CheckLocalBound).oparg(b));
                }
                out.push(uop(UopKind::StoreFast).oparg(a));
                out.push(uop(UopKind::LoadFast).oparg(b));
            }
            Op::LoadConst => {
                out.push(uop(UopKind::LoadConstInline).operand(code.consts[arg as usize].bits()));
            }
            Op::StoreFast => out.push(uop(UopKind::StoreFast).oparg(arg)),
            Op::PopTop => out.push(uop(UopKind::PopTop)),
            Op::BinaryOpAddInt | Op::BinaryOpSubInt | Op::BinaryOpMulInt => {
                out.push(uop(UopKind::GuardBothInt));
                out.push(uop(match op {
                    Op::BinaryOpAddInt => UopKind::BinaryOpAddInt,
                    Op::BinaryOpSubInt => UopKind::BinaryOpSubInt,
                    _ => UopKind::BinaryOpMulInt,
                }));
            }
            Op::BinaryOpAddFloat | Op::BinaryOpSubFloat | Op::BinaryOpMulFloat | Op::BinaryOpDivFloat => {
                out.push(uop(UopKind::GuardBothFloat));
                out.push(uop(match op {
                    Op::BinaryOpAddFloat => UopKind::BinaryOpAddFloat,
                    Op::BinaryOpSubFloat => UopKind::BinaryOpSubFloat,
                    Op::BinaryOpMulFloat => UopKind::BinaryOpMulFloat,
                    _ => UopKind::BinaryOpDivFloat,
                }));
            }
            Op::CompareJump => {
                let target = (arg & bytecode::COMPARE_JUMP_TARGET) as usize;
                let jumps_if = arg & bytecode::COMPARE_JUMP_IF_TRUE != 0;
                let cmp = CmpOp::from_u32((arg >> 20) & 7);
                let (stay, next, off) = branch(l, pc, target, jumps_if);
                out.push(uop(UopKind::compare_jump(cmp)).oparg(stay as u32).jump_pc(off as u32));
                pc = next;
                continue;
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let (stay, next, off) = branch(l, pc, arg as usize, op == Op::PopJumpIfTrue);
                out.push(uop(UopKind::PopJumpIf).oparg(stay as u32).jump_pc(off as u32));
                pc = next;
                continue;
            }
            Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                let (stay, next, off) = branch(l, pc, arg as usize, op == Op::PopJumpIfNone);
                out.push(uop(UopKind::PopJumpIfNone).oparg(stay as u32).jump_pc(off as u32));
                pc = next;
                continue;
            }
            Op::Jump => {
                let target = arg as usize;
                if target > pc && in_loop(target) {
                    pc = target;
                    continue;
                }
                // A `break` or `continue` out of the projected region.
                end(&mut out, target, Abort::TooShort)?;
                return Ok(out);
            }
            Op::JumpBackward if pc == l.back && arg as usize == l.head => {
                out.push(uop(UopKind::CheckEvalBreaker).operand(l.gc_flag));
                out.push(uop(UopKind::JumpToTop));
                return Ok(out);
            }
            Op::ForIterRange => out.push(uop(UopKind::ForIterRange)),
            _ => {
                if out.is_empty() {
                    return Err(Abort::Unsupported(op));
                }
                end(&mut out, pc, Abort::Unsupported(op))?;
                return Ok(out);
            }
        }
        pc += 1;
    }
}

/// A conditional branch at `pc` that jumps to `target` when the tested
/// value is `jumps_if`: returns the truth that stays on the trace, where
/// projection continues, and where the interpreter resumes off the trace.
fn branch(l: &Loop<'_>, pc: usize, target: usize, jumps_if: bool) -> (bool, usize, usize) {
    let follow_jump = target > pc && target <= l.back && l.prefer_jump.contains(&(pc as u32));
    if follow_jump {
        (jumps_if, target, pc + 1)
    } else {
        (!jumps_if, pc + 1, target)
    }
}
