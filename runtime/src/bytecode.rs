//! The bytecode: instruction set, code objects and their side tables.
//!
//! An instruction is one 32-bit word: the opcode in the low byte and a 24-bit
//! argument above it, so no `EXTENDED_ARG` is ever needed and decoding is a
//! shift and a mask. Jump arguments are absolute instruction indices.
//!
//! Specialization (as in CPython 3.11+) rewrites the opcode byte in place:
//! `BinaryOp` becomes `BinaryOpAddInt` after it has seen two ints. Each
//! instruction has an inline-cache entry at the same index in
//! [`Code::caches`], so the specialization state is a plain array that the
//! tier-2 recorder can read from outside the dispatch loop.
//!
//! Exceptions use a table of protected ranges (CPython 3.11's zero-cost
//! scheme): entering a `try` costs nothing; on an exception the handler for
//! the faulting instruction is found by searching the table.

use crate::value::Value;
use std::cell::Cell;

macro_rules! opcodes {
    ($($(#[$m:meta])* $name:ident),* $(,)?) => {
        /// Every opcode. Specialized forms follow their generic one.
        #[repr(u8)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Op { $($(#[$m])* $name),* }
        pub const OP_NAMES: &[&str] = &[$(stringify!($name)),*];
        pub const N_OPS: usize = OP_NAMES.len();
    };
}

opcodes! {
    Nop,
    PopTop,
    /// Push a copy of the item `arg` places from the top (1 = top).
    Copy,
    /// Swap the top with the item `arg` places down (2 = second).
    Swap,
    LoadConst,
    LoadFast,
    /// A local that may be unbound: raises UnboundLocalError.
    LoadFastCheck,
    StoreFast,
    DeleteFast,
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    /// In a class body: look the free variable up in the namespace first.
    LoadClassDeref,
    /// Replace local `arg` with a new cell holding its current value.
    MakeCell,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadName,
    StoreName,
    DeleteName,
    LoadAttr,
    StoreAttr,
    DeleteAttr,
    /// Pushes (method, self) or (bound callable, NULL).
    LoadMethod,
    /// Pushes NULL (the "no self" marker for Call).
    PushNull,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    /// `arg` is a `BinOp` (in-place forms have `INPLACE` added).
    BinaryOp,
    UnaryNegative,
    UnaryPositive,
    UnaryNot,
    UnaryInvert,
    /// `arg` is a `CmpOp`.
    CompareOp,
    /// `arg` 1 means `is not`.
    IsOp,
    /// `arg` 1 means `not in`.
    ContainsOp,
    BuildTuple,
    BuildList,
    BuildSet,
    BuildMap,
    BuildSlice,
    BuildString,
    ListAppend,
    SetAdd,
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    /// Like DictUpdate but rejects duplicate keys (call `**kwargs`).
    DictMerge,
    ListToTuple,
    /// `arg`: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 has spec.
    FormatValue,
    Jump,
    PopJumpIfFalse,
    PopJumpIfTrue,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    PopJumpIfNone,
    PopJumpIfNotNone,
    GetIter,
    /// Push next item or pop the iterator and jump to `arg`.
    ForIter,
    /// Stack: callable, self-or-NULL, args...; `arg` args.
    Call,
    /// Like Call, with a tuple of keyword names on top; `arg` counts all args.
    CallKw,
    /// Stack: callable, NULL, args tuple, kwargs dict-or-NULL (`arg` 1 if present).
    CallEx,
    /// `arg` flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
    MakeFunction,
    ReturnValue,
    /// Yield the top of the stack; the sent value is pushed on resume.
    YieldValue,
    /// Delegate to a sub-iterator (yield from); `arg` is the loop exit.
    Send,
    /// First instruction of a generator: discards the initial sent value.
    GenStart,
    RaiseVarargs,
    /// Re-raise the exception on top of the stack.
    Reraise,
    /// Exception handler entry: push the previous "current exception" under
    /// the new one and make the new one current.
    PushExcInfo,
    /// Restore the saved current exception.
    PopExcept,
    /// Stack: exc, type -> exc, bool.
    CheckExcMatch,
    WithExceptStart,
    BeforeWith,
    UnpackSequence,
    /// `arg`: low byte = count before the star, high bits = count after.
    UnpackEx,
    ImportName,
    ImportFrom,
    ImportStar,
    LoadAssertionError,
    LoadBuildClass,
    MatchClass,
    MatchMapping,
    MatchSequence,
    MatchKeys,
    GetLen,
    /// `LoadFast` of a local and `LoadFast` of another: arg = a | b << 12.
    LoadFastLoadFast,
    /// Superinstruction: LoadFast `arg & 0xfff`, LoadConst `arg >> 12`.
    LoadFastLoadConst,
    /// Superinstruction: StoreFast `arg & 0xfff`, LoadFast `arg >> 12`.
    StoreFastLoadFast,
    /// Superinstruction: CompareOp then PopJumpIfFalse/True. The argument
    /// holds the target (low 20 bits), the comparison (bits 20-22) and the
    /// branch sense (bit 23, set for "jump if true").
    CompareJump,
    /// Superinstruction: BuildSlice `arg` then BinarySubscr, without
    /// allocating the slice object for lists, tuples and strings.
    BinarySlice,
    /// Superinstruction: BuildSlice `arg` then StoreSubscr.
    StoreSlice,
    /// Superinstruction: LoadConst `arg`, ReturnValue.
    ReturnConst,
    /// Return None.
    ReturnNone,
    /// Class body: load `__classcell__` machinery helper (pushes the cell).
    LoadClosure,
    /// Backward jump: counts iterations for the tier-2 hot-loop detector.
    JumpBackward,
    // Specialized forms.
    BinaryOpAddInt,
    BinaryOpSubInt,
    BinaryOpMulInt,
    BinaryOpAddFloat,
    BinaryOpSubFloat,
    BinaryOpMulFloat,
    BinaryOpDivFloat,
    BinaryOpAddStr,
    CompareOpInt,
    CompareOpFloat,
    CompareOpStr,
    LoadAttrInstance,
    LoadAttrModule,
    /// Attribute of a class object (plain value or static method).
    LoadAttrClass,
    /// Method call on a class object: pushes (value, NULL).
    LoadMethodClass,
    StoreAttrInstance,
    /// Adds a new attribute along a cached shape transition.
    StoreAttrInstanceAdd,
    LoadGlobalCached,
    LoadGlobalBuiltin,
    LoadMethodCached,
    BinarySubscrListInt,
    BinarySubscrTupleInt,
    BinarySubscrDict,
    ForIterRange,
    ForIterList,
    ForIterTuple,
    /// Instance attribute load with a polymorphic cache: up to
    /// [`POLY_ENTRIES`] `LoadAttrInstance` entries (class version, shape).
    LoadAttrPoly,
    /// Instance attribute store with `StoreAttrInstance` and
    /// `StoreAttrInstanceAdd` entries.
    StoreAttrPoly,
    /// Method load with `LoadMethodCached` entries, one per receiver class.
    LoadMethodPoly,
    /// A `JumpBackward` whose loop has a JIT trace: its cache holds the
    /// trace's index (`index`), entry address (`extra`) and the address of
    /// its first micro-op (`extra2`, where other traces continue in it).
    JumpBackwardJit,
}

impl Op {
    #[inline(always)]
    pub fn from_u8(b: u8) -> Op {
        debug_assert!((b as usize) < N_OPS);
        // SAFETY: every instruction word is produced from an `Op` (or read
        // back from a cache file and checked with `is_valid`), so the byte is
        // a valid discriminant.
        unsafe { std::mem::transmute::<u8, Op>(b) }
    }
    pub fn name(self) -> &'static str {
        OP_NAMES[self as usize]
    }
    /// Whether `b` is an opcode (for bytecode read back from a cache file).
    pub fn is_valid(b: u8) -> bool {
        (b as usize) < N_OPS
    }
}

/// Binary operators, the argument of `BinaryOp`.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}
pub const INPLACE: u32 = 16;
/// Flag in `ListExtend`'s argument: the list holds a call's positional
/// arguments, so errors name the callable.
pub const LIST_EXTEND_CALL: u32 = 1 << 16;
pub const BINOP_SYMBOLS: [&str; 13] = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"];
pub const BINOP_DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__and__", "__rand__", "__iand__"),
    ("__or__", "__ror__", "__ior__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

impl BinOp {
    pub fn from_u32(v: u32) -> BinOp {
        const ALL: [BinOp; 13] = [
            BinOp::Add,
            BinOp::Sub,
            BinOp::Mul,
            BinOp::MatMul,
            BinOp::TrueDiv,
            BinOp::FloorDiv,
            BinOp::Mod,
            BinOp::Pow,
            BinOp::LShift,
            BinOp::RShift,
            BinOp::And,
            BinOp::Or,
            BinOp::Xor,
        ];
        ALL[(v & 15) as usize]
    }
}

/// Comparison operators, the argument of `CompareOp`.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}
pub const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
pub const CMP_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

impl CmpOp {
    pub fn from_u32(v: u32) -> CmpOp {
        [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge][v as usize]
    }
    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// `IMPORT_NAME`'s argument is `name index << 2 | flags` (PEP 810).
pub mod import_flags {
    /// The statement was written `lazy import` / `lazy from`.
    pub const LAZY: u32 = 1;
    /// A module-level import outside `try` (and not `*`): lazy at run time
    /// if `__lazy_modules__` names it or the lazy-imports mode is "all".
    pub const POTENTIAL: u32 = 2;
}

#[inline(always)]
pub fn encode(op: Op, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    op as u32 | (arg << 8)
}
#[inline(always)]
pub fn decode(word: u32) -> (Op, u32) {
    (Op::from_u8(word as u8), word >> 8)
}

/// One protected range of the exception table.
#[derive(Clone, Debug)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    /// Stack depth (above the locals) to unwind to before pushing the exception.
    pub depth: u32,
    /// Whether the handler expects the faulting instruction index pushed too.
    pub push_lasti: bool,
}

/// The inline cache of one instruction. What the fields mean depends on the
/// (specialized) opcode; see `interp.rs`.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct InlineCache {
    /// Warm-up countdown before specializing, then a back-off counter.
    pub counter: u16,
    pub aux: u16,
    pub index: u32,
    /// Guard value: a class version, dict version or shape address.
    pub guard: u64,
    /// Second guard or a cached pointer (raw bits, not owned).
    pub extra: u64,
    /// A third word for caches that need it (a shape transition's target).
    pub extra2: u64,
}

/// Entries of a polymorphic inline cache (`LoadAttrPoly` and friends).
/// Four covers the class hierarchies of typical object-oriented code (a
/// base class and a handful of subclasses sharing methods) while a miss
/// still scans only one cache line pair.
pub const POLY_ENTRIES: usize = 4;

/// The entries of one polymorphic cache: each is the inline cache the
/// monomorphic specialization would have used for one receiver type.
pub type PolyTable = [Cell<InlineCache>; POLY_ENTRIES];

/// Bit in a `LoadGlobal` argument: also push NULL (the no-self marker of a
/// call), fusing the `PushNull` that follows a global function load.
pub const LOAD_GLOBAL_NULL: u32 = 1 << 23;

/// Target bits of a `CompareJump` argument.
pub const COMPARE_JUMP_TARGET: u32 = (1 << 20) - 1;
/// Branch-sense bit of a `CompareJump` argument.
pub const COMPARE_JUMP_IF_TRUE: u32 = 1 << 23;

/// Flags of a code object.
pub mod code_flags {
    pub const GENERATOR: u32 = 1;
    pub const VARARGS: u32 = 2;
    pub const VARKEYWORDS: u32 = 4;
    /// Module or class body: names go through the namespace dict.
    pub const NAMESPACE: u32 = 8;
    pub const HAS_FREE: u32 = 16;
    pub const CLASS_BODY: u32 = 32;
}

/// A compiled function, class body or module.
pub struct Code {
    pub instrs: Box<[Cell<u32>]>,
    pub caches: Box<[Cell<InlineCache>]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    pub consts: Box<[Value]>,
    /// Interned names used by global, attribute and namespace instructions.
    pub names: Box<[Value]>,
    /// Local variable names: arguments first, then other locals, then cells
    /// that are not arguments. Free variables follow in `freevars`.
    pub varnames: Box<[Value]>,
    /// Names of cell variables (locals captured by inner functions).
    pub cellvars: Box<[Value]>,
    /// Names of free variables (captured from enclosing functions).
    pub freevars: Box<[Value]>,
    /// For each cell variable, the local slot it lives in.
    pub cell_slots: Box<[u32]>,
    pub exception_table: Box<[ExceptionEntry]>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Slots in the frame: varnames + freevars.
    pub nlocalsplus: u32,
    pub max_stack: u32,
    /// Tier 2's function trace: calls counted at entry, then the trace.
    pub function_trace: Cell<FunctionTrace>,
    /// Tables of the polymorphic caches, allocated when a site first sees a
    /// second receiver type. A `*Poly` instruction's cache points at its
    /// table (boxed, so the address is stable while this vector grows).
    pub poly: std::cell::RefCell<Vec<Box<PolyTable>>>,
}

/// A code object's function trace (tier 2): until it exists, `calls`
/// counts entries and `failures` failed compilations (for back-off); then
/// `entry` is its address and `index` its number in the JIT's table.
#[derive(Clone, Copy, Debug, Default)]
pub struct FunctionTrace {
    pub calls: u32,
    pub failures: u16,
    pub index: u32,
    pub entry: u64,
}

impl Code {
    pub fn frame_size(&self) -> usize {
        crate::frame::FRAME_HEADER_WORDS + self.nlocalsplus as usize + self.max_stack as usize
    }
    #[inline(always)]
    pub fn instr(&self, pc: usize) -> (Op, u32) {
        decode(self.instrs[pc].get())
    }
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
    /// The handler for an exception raised at `pc`.
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionEntry> {
        // Inner ranges are emitted before outer ones, so the first match is
        // the innermost handler.
        self.exception_table.iter().find(|e| e.start <= pc && pc < e.end)
    }
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }
}

/// Bytecode listings for people and snapshot tests (`-X dis`).
pub mod dis {
    use super::{decode, Code, Op};
    use crate::object::{CodeObj, Str};
    use crate::value::Value;

    fn name_of(v: &Value) -> String {
        v.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default()
    }

    fn const_repr(v: &Value) -> String {
        if let Some(c) = v.downcast::<CodeObj>() {
            return format!("<code {}>", name_of(&c.code.name));
        }
        if let Some(s) = v.downcast::<Str>() {
            return crate::types::repr::str_repr(&s.s);
        }
        if v.is_small_int() {
            return v.as_small_int().to_string();
        }
        if v.is_float() {
            return crate::numeric::float_repr(v.as_float());
        }
        if v.is_none() {
            return "None".into();
        }
        if v.is_bool() {
            return if v.is_true_singleton() { "True".into() } else { "False".into() };
        }
        format!("{v:?}")
    }

    fn one(code: &Code, out: &mut String) {
        out.push_str(&format!("Disassembly of {}:\n", name_of(&code.qualname)));
        let mut last_line = 0;
        for pc in 0..code.instrs.len() {
            let (op, arg) = decode(code.instrs[pc].get());
            let line = code.line_at(pc);
            let line_col = if line != last_line {
                last_line = line;
                format!("{line:>4}")
            } else {
                "    ".to_string()
            };
            let note = match op {
                Op::LoadConst => format!("({})", const_repr(&code.consts[arg as usize])),
                Op::LoadGlobal => {
                    let null = if arg & super::LOAD_GLOBAL_NULL != 0 { " + NULL" } else { "" };
                    format!("({}{null})", name_of(&code.names[(arg & !super::LOAD_GLOBAL_NULL) as usize]))
                }
                Op::LoadFastLoadFast | Op::StoreFastLoadFast => format!(
                    "({}, {})",
                    name_of(&code.varnames[(arg & 0xfff) as usize]),
                    name_of(&code.varnames[(arg >> 12) as usize])
                ),
                Op::LoadFastLoadConst => format!(
                    "({}, {})",
                    name_of(&code.varnames[(arg & 0xfff) as usize]),
                    const_repr(&code.consts[(arg >> 12) as usize])
                ),
                Op::ReturnConst => format!("({})", const_repr(&code.consts[arg as usize])),
                Op::StoreGlobal
                | Op::DeleteGlobal
                | Op::LoadName
                | Op::StoreName
                | Op::DeleteName
                | Op::LoadAttr
                | Op::StoreAttr
                | Op::DeleteAttr
                | Op::LoadMethod
                | Op::ImportFrom => {
                    format!("({})", name_of(&code.names[arg as usize]))
                }
                Op::ImportName => {
                    let lazy = if arg & crate::bytecode::import_flags::LAZY != 0 { ", lazy" } else { "" };
                    format!("({}{lazy})", name_of(&code.names[(arg >> 2) as usize]))
                }
                Op::LoadFast | Op::StoreFast | Op::DeleteFast | Op::LoadFastCheck => {
                    format!("({})", name_of(&code.varnames[arg as usize]))
                }
                Op::LoadDeref
                | Op::StoreDeref
                | Op::DeleteDeref
                | Op::LoadClosure
                | Op::MakeCell
                | Op::LoadClassDeref => {
                    let i = arg as usize;
                    let n = if i < code.varnames.len() {
                        &code.varnames[i]
                    } else {
                        &code.freevars[i - code.varnames.len()]
                    };
                    format!("({})", name_of(n))
                }
                Op::BinaryOp => {
                    let sym = super::BINOP_SYMBOLS[(arg & 15) as usize];
                    if arg & super::INPLACE != 0 {
                        format!("({sym}=)")
                    } else {
                        format!("({sym})")
                    }
                }
                Op::CompareOp => format!("({})", super::CMP_SYMBOLS[arg as usize]),
                Op::CompareJump => format!(
                    "({}, jump if {} to {})",
                    super::CMP_SYMBOLS[((arg >> 20) & 7) as usize],
                    if arg & super::COMPARE_JUMP_IF_TRUE != 0 { "true" } else { "false" },
                    arg & super::COMPARE_JUMP_TARGET
                ),
                Op::Jump
                | Op::JumpBackward
                | Op::JumpBackwardJit
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::PopJumpIfNone
                | Op::PopJumpIfNotNone
                | Op::ForIter
                | Op::Send => {
                    format!("(to {arg})")
                }
                _ => String::new(),
            };
            let arg_s = match op {
                Op::Nop
                | Op::PopTop
                | Op::ReturnValue
                | Op::ReturnNone
                | Op::GetIter
                | Op::PushNull
                | Op::BinarySubscr
                | Op::StoreSubscr
                | Op::UnaryNot
                | Op::UnaryNegative
                | Op::UnaryPositive
                | Op::UnaryInvert
                | Op::GenStart
                | Op::YieldValue
                | Op::PushExcInfo
                | Op::PopExcept
                | Op::CheckExcMatch
                | Op::BeforeWith
                | Op::WithExceptStart
                | Op::LoadBuildClass
                | Op::LoadAssertionError
                | Op::ListToTuple => String::new(),
                _ => arg.to_string(),
            };
            out.push_str(format!("{line_col} {pc:>5} {:<22} {:>4} {}\n", op.name(), arg_s, note).trim_end());
            out.push('\n');
        }
        if !code.exception_table.is_empty() {
            out.push_str("ExceptionTable:\n");
            for e in code.exception_table.iter() {
                out.push_str(&format!("  {} to {} -> {} [{}]\n", e.start, e.end, e.handler, e.depth));
            }
        }
        for c in code.consts.iter() {
            if let Some(co) = c.downcast::<CodeObj>() {
                out.push('\n');
                one(&co.code, out);
            }
        }
    }

    /// The listing of a code object and the code objects nested in it.
    pub fn disassemble(code: &Value) -> String {
        let mut out = String::new();
        if let Some(c) = code.downcast::<CodeObj>() {
            one(&c.code, &mut out);
        }
        out
    }
}
