//! The tier-2 intermediate form: micro-ops (uops), as a trace lists them
//! between projection and code generation.
//!
//! One [`UopKind`] per stencil group (the stencil of `UopKind::LoadFast` is
//! `_LOAD_FAST`), plus the facts the optimizer needs about each: its stack
//! effect and whether it can leave the trace. A [`Uop`] carries the values
//! of its holes and the bytecode indices where the interpreter resumes when
//! it leaves.

use crate::bytecode::CmpOp;
use std::fmt;

macro_rules! uops {
    ($($kind:ident => $name:literal, pops $pops:literal, pushes $pushes:literal, $exits:ident;)*) => {
        /// Every micro-op the trace compiler emits.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum UopKind { $($kind),* }

        impl UopKind {
            /// The stencil group's name.
            pub fn name(self) -> &'static str {
                match self { $(UopKind::$kind => $name),* }
            }
            /// Values popped and pushed when the micro-op stays on the trace,
            /// for uops whose effect does not depend on the oparg (see
            /// [`Uop::stack_effect`]).
            pub fn fixed_stack_effect(self) -> (u32, u32) {
                match self { $(UopKind::$kind => ($pops, $pushes)),* }
            }
            /// How the micro-op can leave the trace.
            pub fn exits(self) -> Exits {
                match self { $(UopKind::$kind => Exits::$exits),* }
            }
            pub const ALL: &'static [UopKind] = &[$(UopKind::$kind),*];
        }
    };
}

/// The ways a micro-op leaves the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exits {
    Never,
    /// A failed guard: resume at `exit_pc` with the stack as before the uop.
    Guard,
    /// A branch: resume at `jump_pc` after the uop's pops; `Branch` uops
    /// may also fail a type guard (resume at `exit_pc`).
    Branch,
    /// The loop's back edge (`_JUMP_TO_TOP`).
    Loop,
    /// The end of a trace (`_EXIT_TRACE`, resuming at its operand).
    End,
    /// A runtime helper that can raise: the error exit resumes the
    /// interpreter's exception handling at `exit_pc`.
    Error,
    /// `_FOR_ITER`: can raise, and leaves through `jump_pc` at the end.
    ErrorJump,
}

uops! {
    LoadFast => "_LOAD_FAST", pops 0, pushes 1, Never;
    LoadFastNoref => "_LOAD_FAST_NOREF", pops 0, pushes 1, Never;
    CheckLocalBound => "_CHECK_LOCAL_BOUND", pops 0, pushes 0, Guard;
    GuardLocalInt => "_GUARD_LOCAL_INT", pops 0, pushes 0, Guard;
    GuardLocalFloat => "_GUARD_LOCAL_FLOAT", pops 0, pushes 0, Guard;
    StoreFast => "_STORE_FAST", pops 1, pushes 0, Never;
    StoreFastNoref => "_STORE_FAST_NOREF", pops 1, pushes 0, Never;
    LoadConstInline => "_LOAD_CONST_INLINE", pops 0, pushes 1, Never;
    PopTop => "_POP_TOP", pops 1, pushes 0, Never;
    PopTopNoref => "_POP_TOP_NOREF", pops 1, pushes 0, Never;
    GuardBothInt => "_GUARD_BOTH_INT", pops 0, pushes 0, Guard;
    GuardTosInt => "_GUARD_TOS_INT", pops 0, pushes 0, Guard;
    GuardNosInt => "_GUARD_NOS_INT", pops 0, pushes 0, Guard;
    GuardBothFloat => "_GUARD_BOTH_FLOAT", pops 0, pushes 0, Guard;
    GuardTosFloat => "_GUARD_TOS_FLOAT", pops 0, pushes 0, Guard;
    GuardNosFloat => "_GUARD_NOS_FLOAT", pops 0, pushes 0, Guard;
    BinaryOpAddInt => "_BINARY_OP_ADD_INT", pops 2, pushes 1, Guard;
    BinaryOpSubInt => "_BINARY_OP_SUB_INT", pops 2, pushes 1, Guard;
    BinaryOpMulInt => "_BINARY_OP_MUL_INT", pops 2, pushes 1, Guard;
    BinaryOpAddFloat => "_BINARY_OP_ADD_FLOAT", pops 2, pushes 1, Never;
    BinaryOpSubFloat => "_BINARY_OP_SUB_FLOAT", pops 2, pushes 1, Never;
    BinaryOpMulFloat => "_BINARY_OP_MUL_FLOAT", pops 2, pushes 1, Never;
    BinaryOpDivFloat => "_BINARY_OP_DIV_FLOAT", pops 2, pushes 1, Guard;
    CompareJumpLt => "_COMPARE_JUMP_LT", pops 2, pushes 0, Branch;
    CompareJumpLe => "_COMPARE_JUMP_LE", pops 2, pushes 0, Branch;
    CompareJumpEq => "_COMPARE_JUMP_EQ", pops 2, pushes 0, Branch;
    CompareJumpNe => "_COMPARE_JUMP_NE", pops 2, pushes 0, Branch;
    CompareJumpGt => "_COMPARE_JUMP_GT", pops 2, pushes 0, Branch;
    CompareJumpGe => "_COMPARE_JUMP_GE", pops 2, pushes 0, Branch;
    GuardCmpIntLt => "_GUARD_CMP_INT_LT", pops 2, pushes 0, Branch;
    GuardCmpIntLe => "_GUARD_CMP_INT_LE", pops 2, pushes 0, Branch;
    GuardCmpIntEq => "_GUARD_CMP_INT_EQ", pops 2, pushes 0, Branch;
    GuardCmpIntNe => "_GUARD_CMP_INT_NE", pops 2, pushes 0, Branch;
    GuardCmpIntGt => "_GUARD_CMP_INT_GT", pops 2, pushes 0, Branch;
    GuardCmpIntGe => "_GUARD_CMP_INT_GE", pops 2, pushes 0, Branch;
    GuardCmpFloatLt => "_GUARD_CMP_FLOAT_LT", pops 2, pushes 0, Branch;
    GuardCmpFloatLe => "_GUARD_CMP_FLOAT_LE", pops 2, pushes 0, Branch;
    GuardCmpFloatEq => "_GUARD_CMP_FLOAT_EQ", pops 2, pushes 0, Branch;
    GuardCmpFloatNe => "_GUARD_CMP_FLOAT_NE", pops 2, pushes 0, Branch;
    GuardCmpFloatGt => "_GUARD_CMP_FLOAT_GT", pops 2, pushes 0, Branch;
    GuardCmpFloatGe => "_GUARD_CMP_FLOAT_GE", pops 2, pushes 0, Branch;
    PopJumpIf => "_POP_JUMP_IF", pops 1, pushes 0, Branch;
    PopJumpIfNone => "_POP_JUMP_IF_NONE", pops 1, pushes 0, Branch;
    ForIterRange => "_FOR_ITER_RANGE", pops 0, pushes 1, Branch;
    CheckEvalBreaker => "_CHECK_EVAL_BREAKER", pops 0, pushes 0, Guard;
    JumpToTop => "_JUMP_TO_TOP", pops 0, pushes 0, Loop;
    ExitTrace => "_EXIT_TRACE", pops 0, pushes 0, End;
    ErrorExit => "_ERROR_EXIT", pops 0, pushes 0, End;
    ForIterSeq => "_FOR_ITER_SEQ", pops 0, pushes 1, Branch;
    GuardDictVersion => "_GUARD_DICT_VERSION", pops 0, pushes 0, Guard;
    LoadDictEntry => "_LOAD_DICT_ENTRY", pops 0, pushes 1, Guard;
    LoadAttrInstance => "_LOAD_ATTR_INSTANCE", pops 1, pushes 1, Guard;
    StoreAttrInstance => "_STORE_ATTR_INSTANCE", pops 2, pushes 0, Guard;
    StoreAttrInstanceAdd => "_STORE_ATTR_INSTANCE_ADD", pops 2, pushes 0, Guard;
    IsOp => "_IS_OP", pops 2, pushes 1, Never;
    Copy => "_COPY", pops 0, pushes 1, Never;
    Swap => "_SWAP", pops 0, pushes 0, Never;
    PushNull => "_PUSH_NULL", pops 0, pushes 1, Never;
    BinaryOp => "_BINARY_OP", pops 2, pushes 1, Error;
    CompareOp => "_COMPARE_OP", pops 2, pushes 1, Error;
    BinarySubscr => "_BINARY_SUBSCR", pops 2, pushes 1, Error;
    StoreSubscr => "_STORE_SUBSCR", pops 3, pushes 0, Error;
    BinarySlice => "_BINARY_SLICE", pops 3, pushes 1, Error;
    StoreSlice => "_STORE_SLICE", pops 4, pushes 0, Error;
    BinarySliceDeferred => "_BINARY_SLICE_DEFERRED", pops 3, pushes 1, Error;
    StoreSliceFromSlice => "_STORE_SLICE_FROM_SLICE", pops 4, pushes 0, Error;
    JumpIfOrPop => "_JUMP_IF_OR_POP", pops 1, pushes 0, Branch;
    LoadAttr => "_LOAD_ATTR", pops 1, pushes 1, Error;
    LoadAttrClass => "_LOAD_ATTR_CLASS", pops 1, pushes 1, Error;
    LoadAttrPoly => "_LOAD_ATTR_POLY", pops 1, pushes 1, Error;
    LoadAttrPolyLocal => "_LOAD_ATTR_POLY_LOCAL", pops 0, pushes 1, Error;
    StoreAttr => "_STORE_ATTR", pops 2, pushes 0, Error;
    StoreAttrPoly => "_STORE_ATTR_POLY", pops 2, pushes 0, Error;
    LoadMethod => "_LOAD_METHOD", pops 1, pushes 2, Error;
    LoadMethodPoly => "_LOAD_METHOD_POLY", pops 1, pushes 2, Error;
    Call => "_CALL", pops 2, pushes 1, Error;
    CallListAppend => "_CALL_LIST_APPEND", pops 3, pushes 1, Error;
    CallListInsert => "_CALL_LIST_INSERT", pops 4, pushes 1, Error;
    CallListPop => "_CALL_LIST_POP", pops 2, pushes 1, Error;
    UnpackSequence => "_UNPACK_SEQUENCE", pops 1, pushes 0, Error;
    UnpackSequenceTwo => "_UNPACK_SEQUENCE_TWO", pops 1, pushes 2, Error;
    UnpackSequenceThree => "_UNPACK_SEQUENCE_THREE", pops 1, pushes 3, Error;
    UnpackStore => "_UNPACK_STORE", pops 0, pushes 0, Error;
    BuildTuple => "_BUILD_TUPLE", pops 0, pushes 1, Error;
    BuildList => "_BUILD_LIST", pops 0, pushes 1, Error;
    ListAppend => "_LIST_APPEND", pops 1, pushes 0, Error;
    StoreGlobal => "_STORE_GLOBAL", pops 1, pushes 0, Error;
    LoadGlobal => "_LOAD_GLOBAL", pops 0, pushes 1, Error;
    LoadDeref => "_LOAD_DEREF", pops 0, pushes 1, Error;
    StoreDeref => "_STORE_DEREF", pops 1, pushes 0, Error;
    UnaryNegative => "_UNARY_NEGATIVE", pops 1, pushes 1, Error;
    UnaryNot => "_UNARY_NOT", pops 1, pushes 1, Error;
    UnaryInvert => "_UNARY_INVERT", pops 1, pushes 1, Error;
    ContainsOp => "_CONTAINS_OP", pops 2, pushes 1, Error;
    GetIter => "_GET_ITER", pops 1, pushes 1, Error;
    ForIter => "_FOR_ITER", pops 0, pushes 1, ErrorJump;
    BinaryOpNumAdd => "_BINARY_OP_NUM_ADD", pops 2, pushes 1, Error;
    BinaryOpNumSub => "_BINARY_OP_NUM_SUB", pops 2, pushes 1, Error;
    BinaryOpNumMul => "_BINARY_OP_NUM_MUL", pops 2, pushes 1, Error;
    BinaryOpNumTruediv => "_BINARY_OP_NUM_TRUEDIV", pops 2, pushes 1, Error;
    BinaryOpNumFloordiv => "_BINARY_OP_NUM_FLOORDIV", pops 2, pushes 1, Error;
    BinaryOpNumMod => "_BINARY_OP_NUM_MOD", pops 2, pushes 1, Error;
    BinaryOpNumPow => "_BINARY_OP_NUM_POW", pops 2, pushes 1, Error;
    GuardInstance => "_GUARD_INSTANCE", pops 0, pushes 0, Guard;
    GuardTypeVersion => "_GUARD_TYPE_VERSION", pops 0, pushes 0, Guard;
    YieldCollect => "_YIELD_COLLECT", pops 1, pushes 1, Guard;
    JumpAbsolute => "_JUMP_ABSOLUTE", pops 0, pushes 0, End;
    JumpToTrace => "_JUMP_TO_TRACE", pops 0, pushes 0, Guard;
    SetTrace => "_SET_TRACE", pops 0, pushes 0, Never;
    CompareJumpGeneric => "_COMPARE_JUMP_GENERIC", pops 2, pushes 0, ErrorJump;
    GuardTruthKeep => "_GUARD_TRUTH_KEEP", pops 0, pushes 0, Guard;
    LoadAttrInstanceLocal => "_LOAD_ATTR_INSTANCE_LOCAL", pops 0, pushes 1, Guard;
    LoadAttrSlotLocal => "_LOAD_ATTR_SLOT_LOCAL", pops 0, pushes 1, Guard;
    StoreAttrInstanceLocal => "_STORE_ATTR_INSTANCE_LOCAL", pops 1, pushes 0, Guard;
    StoreAttrSlotLocal => "_STORE_ATTR_SLOT_LOCAL", pops 1, pushes 0, Never;
    LoadMethodConst => "_LOAD_METHOD_CONST", pops 1, pushes 2, Never;
    GuardCallable => "_GUARD_CALLABLE", pops 0, pushes 0, Guard;
    PushFrame => "_PUSH_FRAME", pops 2, pushes 0, Guard;
    ReturnValue => "_RETURN_VALUE", pops 1, pushes 0, Never;
    ReturnValueHeld => "_RETURN_VALUE_HELD", pops 1, pushes 0, Never;
    ReturnValueHeldLocals => "_RETURN_VALUE_HELD_LOCALS", pops 1, pushes 0, Never;
    GuardClassVersion => "_GUARD_CLASS_VERSION", pops 0, pushes 0, Guard;
    PushInitFrame => "_PUSH_INIT_FRAME", pops 2, pushes 0, Guard;
    ReturnInit => "_RETURN_INIT", pops 1, pushes 0, Error;
    ReturnInitHeld => "_RETURN_INIT_HELD", pops 1, pushes 0, Error;
    ReturnInitHeldLocals => "_RETURN_INIT_HELD_LOCALS", pops 1, pushes 0, Error;
    ForIterEnumerate => "_FOR_ITER_ENUMERATE", pops 0, pushes 2, Branch;
    BinarySubscrKeep => "_BINARY_SUBSCR_KEEP", pops 0, pushes 1, Error;
    StoreSubscrUnder => "_STORE_SUBSCR_UNDER", pops 3, pushes 0, Error;
    BinarySubscrListInt => "_BINARY_SUBSCR_LIST_INT", pops 2, pushes 1, Guard;
    BinarySubscrTupleInt => "_BINARY_SUBSCR_TUPLE_INT", pops 2, pushes 1, Guard;
    BinarySubscrKeepListInt => "_BINARY_SUBSCR_KEEP_LIST_INT", pops 0, pushes 1, Guard;
    StoreSubscrUnderListInt => "_STORE_SUBSCR_UNDER_LIST_INT", pops 3, pushes 0, Guard;
    LoadConstInlineNoref => "_LOAD_CONST_INLINE_NOREF", pops 0, pushes 1, Never;
    BinarySubscrListConst => "_BINARY_SUBSCR_LIST_CONST", pops 2, pushes 1, Guard;
    BinarySubscrKeepListConst => "_BINARY_SUBSCR_KEEP_LIST_CONST", pops 0, pushes 1, Guard;
    StoreSubscrUnderListConst => "_STORE_SUBSCR_UNDER_LIST_CONST", pops 3, pushes 0, Guard;
    BinaryOpAddFloatLl => "_BINARY_OP_ADD_FLOAT_LL", pops 0, pushes 1, Never;
    BinaryOpSubFloatLl => "_BINARY_OP_SUB_FLOAT_LL", pops 0, pushes 1, Never;
    BinaryOpMulFloatLl => "_BINARY_OP_MUL_FLOAT_LL", pops 0, pushes 1, Never;
    BinaryOpAddFloatLlGuard => "_BINARY_OP_ADD_FLOAT_LL_GUARD", pops 0, pushes 1, Guard;
    BinaryOpSubFloatLlGuard => "_BINARY_OP_SUB_FLOAT_LL_GUARD", pops 0, pushes 1, Guard;
    BinaryOpMulFloatLlGuard => "_BINARY_OP_MUL_FLOAT_LL_GUARD", pops 0, pushes 1, Guard;
    BinaryOpPowFloat => "_BINARY_OP_POW_FLOAT", pops 2, pushes 1, Guard;
    CallNativeF64 => "_CALL_NATIVE_F64", pops 3, pushes 1, Guard;
    BinaryOpAddFloatLlStore => "_BINARY_OP_ADD_FLOAT_LL_STORE", pops 0, pushes 0, Never;
    BinaryOpSubFloatLlStore => "_BINARY_OP_SUB_FLOAT_LL_STORE", pops 0, pushes 0, Never;
    BinaryOpMulFloatLlStore => "_BINARY_OP_MUL_FLOAT_LL_STORE", pops 0, pushes 0, Never;
    BinaryOpAddFloatLlGuardStore => "_BINARY_OP_ADD_FLOAT_LL_GUARD_STORE", pops 0, pushes 0, Guard;
    BinaryOpSubFloatLlGuardStore => "_BINARY_OP_SUB_FLOAT_LL_GUARD_STORE", pops 0, pushes 0, Guard;
    BinaryOpMulFloatLlGuardStore => "_BINARY_OP_MUL_FLOAT_LL_GUARD_STORE", pops 0, pushes 0, Guard;
    BinaryOpFloordivIntShift => "_BINARY_OP_FLOORDIV_INT_SHIFT", pops 1, pushes 1, Never;
    BinaryOpModIntMask => "_BINARY_OP_MOD_INT_MASK", pops 1, pushes 1, Never;
    IntToFloatTos => "_INT_TO_FLOAT_TOS", pops 0, pushes 0, Never;
    IntToFloatNos => "_INT_TO_FLOAT_NOS", pops 0, pushes 0, Never;
    ListItemAddFloat => "_LIST_ITEM_ADD_FLOAT", pops 1, pushes 0, Guard;
    ListItemSubFloat => "_LIST_ITEM_SUB_FLOAT", pops 1, pushes 0, Guard;
    ListItemMulFloat => "_LIST_ITEM_MUL_FLOAT", pops 1, pushes 0, Guard;
    SlotItemAddFloat => "_SLOT_ITEM_ADD_FLOAT", pops 1, pushes 0, Guard;
    ListReversePrefix => "_LIST_REVERSE_PREFIX", pops 0, pushes 0, Guard;
    SlotItemSubFloat => "_SLOT_ITEM_SUB_FLOAT", pops 1, pushes 0, Guard;
    SlotItemMulFloat => "_SLOT_ITEM_MUL_FLOAT", pops 1, pushes 0, Guard;
    SlotItemDivFloat => "_SLOT_ITEM_DIV_FLOAT", pops 1, pushes 0, Guard;
}

/// The three families of compare-and-branch micro-ops, by comparison.
const COMPARE_JUMP: [UopKind; 6] = [
    UopKind::CompareJumpLt,
    UopKind::CompareJumpLe,
    UopKind::CompareJumpEq,
    UopKind::CompareJumpNe,
    UopKind::CompareJumpGt,
    UopKind::CompareJumpGe,
];
const GUARD_CMP_INT: [UopKind; 6] = [
    UopKind::GuardCmpIntLt,
    UopKind::GuardCmpIntLe,
    UopKind::GuardCmpIntEq,
    UopKind::GuardCmpIntNe,
    UopKind::GuardCmpIntGt,
    UopKind::GuardCmpIntGe,
];
const GUARD_CMP_FLOAT: [UopKind; 6] = [
    UopKind::GuardCmpFloatLt,
    UopKind::GuardCmpFloatLe,
    UopKind::GuardCmpFloatEq,
    UopKind::GuardCmpFloatNe,
    UopKind::GuardCmpFloatGt,
    UopKind::GuardCmpFloatGe,
];

impl UopKind {
    /// Whether the uop calls a runtime helper for an instruction's general
    /// case (`_JIT_OPERAND1` is then the pc after the instruction).
    pub fn is_helper(self) -> bool {
        matches!(self.exits(), Exits::Error | Exits::ErrorJump)
    }
    /// Whether the uop can run arbitrary Python code (a helper, or a release
    /// of a reference that may run `__del__`), after which nothing is known
    /// about dicts' versions.
    pub fn escapes(self) -> bool {
        use UopKind::*;
        self.is_helper()
            || matches!(
                self,
                StoreFast
                    | PopTop
                    | PopJumpIfNone
                    | IsOp
                    | LoadAttrInstance
                    | StoreAttrInstance
                    | StoreAttrInstanceAdd
                    | StoreAttrInstanceLocal
                    | StoreAttrSlotLocal
                    | ReturnValue
                    | PushInitFrame
                    | BinarySubscrListInt
                    | BinarySubscrTupleInt
                    | StoreSubscrUnderListInt
                    | BinarySubscrListConst
                    | StoreSubscrUnderListConst
            )
    }
    /// Whether the stencil reads `_JIT_OPARG` (a local's index, or for
    /// branches the truth that stays on the trace).
    pub fn uses_oparg(self) -> bool {
        use UopKind::*;
        matches!(
            self,
            LoadFast
                | LoadFastNoref
                | CheckLocalBound
                | GuardLocalInt
                | GuardLocalFloat
                | StoreFast
                | StoreFastNoref
                | PopJumpIf
                | PopJumpIfNone
                | IsOp
                | Copy
                | Swap
                | BinaryOp
                | CompareOp
                | Call
                | CallListAppend
                | CallListInsert
                | CallListPop
                | UnpackSequence
                | UnpackSequenceTwo
                | UnpackSequenceThree
                | BuildTuple
                | BuildList
                | ListAppend
                | LoadGlobal
                | LoadDeref
                | StoreDeref
                | ContainsOp
                | BinarySlice
                | StoreSlice
                | BinarySliceDeferred
                | StoreSliceFromSlice
                | GuardCallable
                | PushFrame
                | GuardClassVersion
                | PushInitFrame
                | LoadAttrInstanceLocal
                | LoadAttrSlotLocal
                | LoadAttrPolyLocal
                | BinarySubscrListConst
                | BinarySubscrKeepListConst
                | StoreSubscrUnderListConst
                | GuardTruthKeep
                | StoreAttrInstanceAdd
                | BinaryOpNumAdd
                | BinaryOpNumSub
                | BinaryOpNumMul
                | BinaryOpNumTruediv
                | BinaryOpNumFloordiv
                | BinaryOpNumMod
                | BinaryOpNumPow
        ) || (self.exits() == Exits::Branch && !self.is_for_iter_step())
            || self == CompareJumpGeneric
    }
    /// The inline steps of a `for` loop's iterator, whose branch is the
    /// loop's end: they pop the exhausted iterator and leave at `jump_pc`
    /// (the interpreter resumes after the loop), or leave at `exit_pc` (the
    /// `FOR_ITER`) for an iterator of another kind.
    pub fn is_for_iter_step(self) -> bool {
        matches!(self, UopKind::ForIterRange | UopKind::ForIterSeq | UopKind::ForIterEnumerate)
    }
    /// Whether the uop pushes a frame for a function the trace calls
    /// inline (the uops after it run in that frame until its return).
    pub fn pushes_frame(self) -> bool {
        matches!(self, UopKind::PushFrame | UopKind::PushInitFrame)
    }
    /// Whether the uop returns from such a frame to its caller.
    pub fn pops_frame(self) -> bool {
        matches!(
            self,
            UopKind::ReturnValue
                | UopKind::ReturnValueHeld
                | UopKind::ReturnValueHeldLocals
                | UopKind::ReturnInit
                | UopKind::ReturnInitHeld
                | UopKind::ReturnInitHeldLocals
        )
    }
    /// The `_BINARY_OP_NUM_*` uop for a `BinaryOp` argument (operator and
    /// in-place flag), for operators with numeric fast paths.
    pub fn binary_op_num(arg: u32) -> Option<UopKind> {
        use crate::bytecode::BinOp;
        Some(match BinOp::from_u32(arg & !crate::bytecode::INPLACE) {
            BinOp::Add => UopKind::BinaryOpNumAdd,
            BinOp::Sub => UopKind::BinaryOpNumSub,
            BinOp::Mul => UopKind::BinaryOpNumMul,
            BinOp::TrueDiv => UopKind::BinaryOpNumTruediv,
            BinOp::FloorDiv => UopKind::BinaryOpNumFloordiv,
            BinOp::Mod => UopKind::BinaryOpNumMod,
            BinOp::Pow => UopKind::BinaryOpNumPow,
            _ => return None,
        })
    }
    /// The type-checking compare-and-branch for `op`.
    pub fn compare_jump(op: CmpOp) -> UopKind {
        COMPARE_JUMP[op as usize]
    }
    /// For a `_COMPARE_JUMP_*`, the comparison.
    pub fn compare_jump_op(self) -> Option<CmpOp> {
        COMPARE_JUMP.iter().position(|&k| k == self).map(|i| CmpOp::from_u32(i as u32))
    }
    pub fn guard_cmp_int(op: CmpOp) -> UopKind {
        GUARD_CMP_INT[op as usize]
    }
    pub fn guard_cmp_float(op: CmpOp) -> UopKind {
        GUARD_CMP_FLOAT[op as usize]
    }
}

/// One micro-op of a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Uop {
    pub kind: UopKind,
    pub oparg: u32,
    pub operand: u64,
    pub operand1: u64,
    /// Where the interpreter resumes when a guard of this uop fails: the
    /// bytecode instruction it came from, whose effects have not begun.
    pub exit_pc: u32,
    /// Where the interpreter resumes when a branch leaves the trace.
    pub jump_pc: u32,
}

impl Uop {
    pub fn new(kind: UopKind, exit_pc: u32) -> Uop {
        Uop { kind, oparg: 0, operand: 0, operand1: 0, exit_pc, jump_pc: 0 }
    }
    pub fn oparg(mut self, oparg: u32) -> Uop {
        self.oparg = oparg;
        self
    }
    pub fn operand(mut self, operand: u64) -> Uop {
        self.operand = operand;
        self
    }
    pub fn operand1(mut self, operand: u64) -> Uop {
        self.operand1 = operand;
        self
    }
    pub fn jump_pc(mut self, pc: u32) -> Uop {
        self.jump_pc = pc;
        self
    }
    /// Values popped and pushed when the uop stays on the trace.
    pub fn stack_effect(&self) -> (u32, u32) {
        let n = self.oparg;
        match self.kind {
            UopKind::Call | UopKind::CallListAppend | UopKind::CallListInsert | UopKind::CallListPop => (n + 2, 1),
            UopKind::PushFrame => ((n & 0xffff) + 2, 0),
            UopKind::PushInitFrame => (n + 2, 0),
            UopKind::UnpackSequence => (1, n),
            UopKind::BinarySlice | UopKind::BinarySliceDeferred => (n + 1, 1),
            UopKind::StoreSlice | UopKind::StoreSliceFromSlice => (n + 2, 0),
            UopKind::BuildTuple | UopKind::BuildList => (n, 1),
            UopKind::LoadGlobal => (0, 1 + (n & crate::bytecode::LOAD_GLOBAL_NULL != 0) as u32),
            k => k.fixed_stack_effect(),
        }
    }
}

/// The listing `-X jit-dump` and the snapshot tests show: one uop a line,
/// with its argument and where it leaves the trace.
impl fmt::Display for Uop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<22}", self.kind.name())?;
        match self.kind {
            // Addresses differ from run to run; listings show what they are.
            UopKind::LoadConstInline | UopKind::LoadConstInlineNoref => {
                // SAFETY: only inspected, never released (ManuallyDrop).
                let v = std::mem::ManuallyDrop::new(unsafe { crate::value::Value::from_bits(self.operand) });
                if v.is_small_int() {
                    write!(f, " {}", v.as_small_int())?
                } else if v.is_float() {
                    write!(f, " {:?}", v.as_float())?
                } else if v.is_none() {
                    f.write_str(" None")?
                } else if v.is_bool() {
                    f.write_str(if v.is_true_singleton() { " True" } else { " False" })?
                } else {
                    f.write_str(" <object>")?
                }
            }
            UopKind::CheckEvalBreaker => {}
            UopKind::ExitTrace => write!(f, " -> @{}", self.operand)?,
            // The parent trace's address differs from run to run.
            UopKind::JumpAbsolute => f.write_str(" -> parent trace")?,
            // The other loop's back edge (the exit resumes there too).
            UopKind::JumpToTrace => write!(f, " -> loop at @{}", self.exit_pc)?,
            UopKind::SetTrace => write!(f, " {}", self.operand)?,
            UopKind::CompareJumpGeneric => {
                let symbol = crate::bytecode::CMP_SYMBOLS.get((self.oparg >> 1) as usize).unwrap_or(&"?");
                write!(f, " {symbol} {}", self.oparg & 1)?
            }
            UopKind::GuardDictVersion => write!(f, " v{}", self.operand1)?,
            UopKind::LoadDictEntry => write!(f, " [{}]", self.operand1)?,
            UopKind::LoadAttrInstanceLocal
            | UopKind::LoadAttrSlotLocal
            | UopKind::StoreAttrInstanceLocal
            | UopKind::StoreAttrSlotLocal
            | UopKind::SlotItemAddFloat
            | UopKind::SlotItemSubFloat
            | UopKind::SlotItemMulFloat
            | UopKind::SlotItemDivFloat => write!(f, " local {} slot {}", self.oparg & 0xffff, self.oparg >> 16)?,
            UopKind::LoadAttrPolyLocal => write!(f, " local {}", self.oparg)?,
            UopKind::ListItemAddFloat | UopKind::ListItemSubFloat | UopKind::ListItemMulFloat => {
                write!(f, " local {} [{}]", self.oparg & 0xffff, self.oparg >> 16)?
            }
            UopKind::UnpackStore => {
                let first = self.oparg & 0xffff;
                write!(f, " local {} into {}..{}", self.oparg >> 16, first, first as u64 + self.operand)?
            }
            UopKind::BinaryOpAddFloatLl
            | UopKind::BinaryOpSubFloatLl
            | UopKind::BinaryOpMulFloatLl
            | UopKind::BinaryOpAddFloatLlGuard
            | UopKind::BinaryOpSubFloatLlGuard
            | UopKind::BinaryOpMulFloatLlGuard
            | UopKind::ListReversePrefix => write!(f, " locals {} {}", self.oparg & 0xffff, self.oparg >> 16)?,
            UopKind::GuardCallable | UopKind::PushFrame | UopKind::PushInitFrame => {
                // SAFETY: the operand is a function the trace keeps alive.
                let v = std::mem::ManuallyDrop::new(unsafe { crate::value::Value::from_bits(self.operand) });
                let name = v
                    .downcast::<crate::object::Function>()
                    .and_then(|f| f.qualname.get_clone().downcast::<crate::object::Str>().map(|s| s.s.to_string()))
                    .or_else(|| v.downcast::<crate::object::NativeFunction>().map(|f| f.name.to_string()))
                    .unwrap_or_default();
                write!(f, " {name}/{}{}", self.oparg & 0xffff, if self.oparg >> 16 & 1 != 0 { "+self" } else { "" })?
            }
            UopKind::LoadAttr | UopKind::StoreAttr | UopKind::LoadMethod | UopKind::StoreGlobal => {
                // SAFETY: the operand is a name owned by the code object.
                let v = std::mem::ManuallyDrop::new(unsafe { crate::value::Value::from_bits(self.operand) });
                let s = v.downcast::<crate::object::Str>().map(|s| s.s.to_string()).unwrap_or_default();
                write!(f, " {s}")?
            }
            // The constant divisor the uop stands for.
            UopKind::BinaryOpFloordivIntShift => write!(f, " // {}", 1u64 << self.oparg)?,
            UopKind::BinaryOpModIntMask => write!(f, " % {}", 1u64 << self.oparg)?,
            k if k.uses_oparg() => write!(f, " {}", self.oparg)?,
            _ => {}
        }
        match self.kind.exits() {
            Exits::Guard => write!(f, "  (exit @{})", self.exit_pc),
            Exits::Branch if self.kind.is_for_iter_step() => {
                write!(f, "  (end @{}, exit @{})", self.jump_pc, self.exit_pc)
            }
            Exits::Branch => write!(f, "  (else @{}, exit @{})", self.jump_pc, self.exit_pc),
            Exits::Error => write!(f, "  (error @{})", self.exit_pc),
            Exits::ErrorJump if self.kind == UopKind::CompareJumpGeneric => {
                write!(f, "  (else @{}, error @{})", self.jump_pc, self.exit_pc)
            }
            Exits::ErrorJump => write!(f, "  (end @{}, error @{})", self.jump_pc, self.exit_pc),
            _ => Ok(()),
        }
    }
}
