//! Code generation: AST plus symbol table to bytecode.
//!
//! The structure follows CPython's compiler: one [`Unit`] per code object,
//! *frame blocks* that say what a `break`, `continue` or `return` must undo on
//! its way out (pop a `for` iterator, run a `finally` body inline, call a
//! context manager's `__exit__`, restore the handled exception), and an
//! exception table built from the handler that was active when each
//! instruction was emitted.
//!
//! Stack depth is tracked statically while emitting: every opcode has a known
//! effect, labels record the depth of the first jump that reaches them, and
//! the maximum becomes the frame's evaluation-stack size, so a frame's layout
//! (header, locals, stack) is fixed before it runs.

use super::ast::{self, Constant, Expr, Ranged, Stmt};
use super::symtable::{ScopeKind, Symbol, SymbolTable};
use super::{CompileError, LineIndex};
use crate::bytecode::{code_flags, encode, import_flags, BinOp, CmpOp, Code, ExceptionEntry, InlineCache, Op, INPLACE};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

type CResult<T> = Result<T, CompileError>;

#[derive(Clone, Copy, PartialEq, Eq)]
struct Label(usize);

#[derive(Clone)]
struct Handler {
    label: Label,
    depth: u32,
}

enum FBlock {
    ForLoop {
        cont: Label,
        brk: Label,
    },
    WhileLoop {
        cont: Label,
        brk: Label,
    },
    /// Inside a `try` body protected by an except handler.
    TryExcept,
    /// Inside a `try` body whose `finally` must run on the way out.
    FinallyTry {
        body: *const [Stmt],
    },
    /// Inside a finally body reached by an exception: the exception and the
    /// previous handled exception are on the stack.
    FinallyEnd,
    /// Inside a `with` body: `__exit__` is on the stack.
    With,
    /// Inside an except handler body: the previous handled exception is on
    /// the stack; `name` is unbound on the way out.
    HandlerCleanup {
        name: Option<String>,
    },
}

struct Unit {
    scope: usize,
    kind: ScopeKind,
    instrs: Vec<u32>,
    lines: Vec<u32>,
    handler_of: Vec<Option<Handler>>,
    consts: Vec<Value>,
    names: Vec<Value>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<u32>>,
    fixups: Vec<(usize, Label)>,
    depth: u32,
    max_depth: u32,
    handlers: Vec<Handler>,
    fblocks: Vec<FBlock>,
    /// Handler-stack length outside each frame block.
    fblock_hlen: Vec<usize>,
    line: u32,
    /// The previous instruction ends a basic block (jump, return, raise).
    dead: bool,
    name: String,
    qualname: String,
    first_line: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    ntemps: u32,
}

pub(super) struct Compiler<'a> {
    vm: &'a mut Vm,
    table: &'a SymbolTable,
    lines: LineIndex,
    src: &'a str,
    filename: String,
    units: Vec<Unit>,
    /// PEP 810: which import statements were written `lazy`.
    lazy: &'a super::lazy::LazyMarks,
    /// `try` statements (any part) enclosing the code being compiled; lazy
    /// imports are not allowed there and potential ones stay eager.
    try_depth: u32,
}

fn stack_effect(op: Op, arg: u32) -> i32 {
    use Op::*;
    match op {
        Nop | Jump | JumpBackward | GenStart | UnaryNegative | UnaryPositive | UnaryNot | UnaryInvert | GetIter
        | MakeCell | DeleteFast | DeleteDeref | DeleteGlobal | DeleteName | ReturnNone => 0,
        PopTop => -1,
        Copy => 1,
        Swap => 0,
        LoadConst | LoadFast | LoadFastCheck | LoadDeref | LoadClassDeref | LoadGlobal | LoadName | PushNull
        | LoadAssertionError | LoadBuildClass | LoadClosure => 1,
        LoadFastLoadFast => 2,
        StoreFast | StoreDeref | StoreGlobal | StoreName => -1,
        LoadAttr => 0,
        StoreAttr => -2,
        DeleteAttr => -1,
        LoadMethod => 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinaryOp | CompareOp | IsOp | ContainsOp => -1,
        BuildTuple | BuildList | BuildSet | BuildString => 1 - arg as i32,
        BuildMap => 1 - 2 * arg as i32,
        BuildSlice => 1 - arg as i32,
        ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
        MapAdd => -2,
        ListToTuple => 0,
        FormatValue if arg & 4 != 0 => -1,
        PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone => -1,
        // Fall-through effect; the jump keeps the value.
        JumpIfFalseOrPop | JumpIfTrueOrPop => -1,
        ForIter => 1,
        Call => -(arg as i32) - 1,
        CallKw => -(arg as i32) - 2,
        CallEx => {
            if arg & 1 != 0 {
                -3
            } else {
                -2
            }
        }
        MakeFunction => {
            let mut n = 0;
            for bit in [1, 2, 4, 8] {
                if arg & bit != 0 {
                    n += 1;
                }
            }
            -n
        }
        ReturnValue => -1,
        YieldValue => 0,
        Send => 0,
        RaiseVarargs => -(arg as i32),
        Reraise => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        CheckExcMatch => 0,
        WithExceptStart => 1,
        BeforeWith => 1,
        UnpackSequence => arg as i32 - 1,
        UnpackEx => (arg & 0xff) as i32 + (arg >> 8) as i32,
        ImportName => -1,
        ImportFrom => 1,
        ImportStar => -1,
        MatchClass => -2,
        MatchMapping | MatchSequence => 0,
        MatchKeys => {
            if arg & 1 != 0 {
                0
            } else {
                -1
            }
        }
        GetLen => 0,
        _ => 0,
    }
}

fn binop_of(op: &ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::And,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
    }
}

pub(super) fn compile_module(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    body: &[Stmt],
    table: &SymbolTable,
    lazy: &super::lazy::LazyMarks,
    eval_mode: bool,
) -> CResult<Value> {
    let mut c = Compiler {
        vm,
        table,
        lines: LineIndex::new(src),
        src,
        filename: filename.to_string(),
        units: Vec::new(),
        lazy,
        try_depth: 0,
    };
    c.push_unit(0, ScopeKind::Module, "<module>", "<module>", 1);
    c.unit().flags |= code_flags::NAMESPACE;
    if eval_mode {
        if let Some(Stmt::Return(ast::StmtReturn { value: Some(v), .. })) = body.first() {
            c.expr(v)?;
            c.emit(Op::ReturnValue, 0);
        }
    } else {
        c.docstring_module(body)?;
        c.stmts(body)?;
        c.emit(Op::ReturnNone, 0);
    }
    Ok(c.pop_unit())
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }

    fn push_unit(&mut self, scope: usize, kind: ScopeKind, name: &str, qualname: &str, first_line: u32) {
        let sc = &self.table.scopes[scope];
        let mut varnames = Vec::new();
        let mut cellvars = Vec::new();
        let freevars = sc.freevars.clone();
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            varnames = sc.local_names();
            cellvars = sc.cellvars.clone();
        } else if kind == ScopeKind::Class && sc.needs_class_cell {
            cellvars = vec!["__class__".to_string()];
            varnames.push("__class__".to_string());
        }
        for cv in &cellvars {
            if !varnames.contains(cv) {
                varnames.push(cv.clone());
            }
        }
        self.units.push(Unit {
            scope,
            kind,
            instrs: Vec::new(),
            lines: Vec::new(),
            handler_of: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            label_depth: Vec::new(),
            fixups: Vec::new(),
            depth: 0,
            max_depth: 0,
            handlers: Vec::new(),
            fblocks: Vec::new(),
            fblock_hlen: Vec::new(),
            line: first_line,
            dead: false,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            ntemps: 0,
        });
        // Cells are created at entry, before any argument is read.
        let ncells = self.unit().cellvars.len();
        for i in 0..ncells {
            let name = self.unit().cellvars[i].clone();
            let slot = self.unit().varnames.iter().position(|v| *v == name).unwrap() as u32;
            self.emit(Op::MakeCell, slot);
        }
    }

    /// Fuses common instruction pairs into superinstructions, so the
    /// interpreter dispatches fewer times. A pair is fused only when no jump
    /// lands on its second instruction and both share an exception handler.
    fn peephole(u: &mut Unit) {
        use std::collections::HashSet;
        let n = u.instrs.len();
        let targets: HashSet<u32> = u.labels.iter().flatten().copied().collect();
        let jump_sources: HashSet<usize> = u.fixups.iter().map(|(at, _)| *at).collect();
        let same_handler = |a: &Option<Handler>, b: &Option<Handler>| match (a, b) {
            (None, None) => true,
            (Some(x), Some(y)) => x.label == y.label && x.depth == y.depth,
            _ => false,
        };
        let mut map = vec![0u32; n + 1];
        let mut instrs = Vec::with_capacity(n);
        let mut lines = Vec::with_capacity(n);
        let mut handler_of = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            map[i] = instrs.len() as u32;
            if i + 1 < n
                && !targets.contains(&(i as u32 + 1))
                && !jump_sources.contains(&i)
                && same_handler(&u.handler_of[i], &u.handler_of[i + 1])
            {
                // A comparison feeding a conditional branch becomes one
                // compare-and-branch; the branch's fixup moves with it.
                let (a, x) = crate::bytecode::decode(u.instrs[i]);
                let (b, _) = crate::bytecode::decode(u.instrs[i + 1]);
                if a == Op::CompareOp
                    && n < crate::bytecode::COMPARE_JUMP_TARGET as usize
                    && matches!(b, Op::PopJumpIfFalse | Op::PopJumpIfTrue)
                    && jump_sources.contains(&(i + 1))
                {
                    let sense = if b == Op::PopJumpIfTrue { crate::bytecode::COMPARE_JUMP_IF_TRUE } else { 0 };
                    map[i + 1] = instrs.len() as u32;
                    instrs.push(encode(Op::CompareJump, x << 20 | sense));
                    lines.push(u.lines[i]);
                    handler_of.push(u.handler_of[i].clone());
                    i += 2;
                    continue;
                }
            }
            if i + 1 < n
                && !targets.contains(&(i as u32 + 1))
                && !jump_sources.contains(&i)
                && !jump_sources.contains(&(i + 1))
                && same_handler(&u.handler_of[i], &u.handler_of[i + 1])
            {
                let (a, x) = crate::bytecode::decode(u.instrs[i]);
                let (b, y) = crate::bytecode::decode(u.instrs[i + 1]);
                let fused = match (a, b) {
                    (Op::LoadFast, Op::LoadFast) if x < 4096 && y < 4096 => {
                        Some(encode(Op::LoadFastLoadFast, x | y << 12))
                    }
                    (Op::LoadFast, Op::LoadConst) if x < 4096 && y < 4096 => {
                        Some(encode(Op::LoadFastLoadConst, x | y << 12))
                    }
                    (Op::StoreFast, Op::LoadFast) if x < 4096 && y < 4096 => {
                        Some(encode(Op::StoreFastLoadFast, x | y << 12))
                    }
                    (Op::LoadConst, Op::ReturnValue) => Some(encode(Op::ReturnConst, x)),
                    (Op::BuildSlice, Op::BinarySubscr) => Some(encode(Op::BinarySlice, x)),
                    (Op::BuildSlice, Op::StoreSubscr) => Some(encode(Op::StoreSlice, x)),
                    (Op::LoadGlobal, Op::PushNull) if x < crate::bytecode::LOAD_GLOBAL_NULL => {
                        Some(encode(Op::LoadGlobal, x | crate::bytecode::LOAD_GLOBAL_NULL))
                    }
                    _ => None,
                };
                if let Some(w) = fused {
                    map[i + 1] = instrs.len() as u32;
                    instrs.push(w);
                    lines.push(u.lines[i]);
                    handler_of.push(u.handler_of[i].clone());
                    i += 2;
                    continue;
                }
            }
            instrs.push(u.instrs[i]);
            lines.push(u.lines[i]);
            handler_of.push(u.handler_of[i].clone());
            i += 1;
        }
        map[n] = instrs.len() as u32;
        for l in u.labels.iter_mut().flatten() {
            *l = map[*l as usize];
        }
        for (at, _) in u.fixups.iter_mut() {
            *at = map[*at] as usize;
        }
        u.instrs = instrs;
        u.lines = lines;
        u.handler_of = handler_of;
    }

    fn pop_unit(&mut self) -> Value {
        let mut u = self.units.pop().unwrap();
        Self::peephole(&mut u);
        let nvar = u.varnames.len() as u32;
        for w in u.instrs.iter_mut() {
            let (op, arg) = crate::bytecode::decode(*w);
            if matches!(op, Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref)
                && arg & FREE_BIT != 0
            {
                *w = encode(op, nvar + (arg & !FREE_BIT));
            }
        }
        for (at, label) in std::mem::take(&mut u.fixups) {
            let target = u.labels[label.0].expect("unbound label");
            let (op, arg) = crate::bytecode::decode(u.instrs[at]);
            u.instrs[at] = if op == Op::CompareJump {
                // The comparison and the branch sense live above the target.
                encode(op, (arg & !crate::bytecode::COMPARE_JUMP_TARGET) | target)
            } else {
                encode(op, target)
            };
        }
        // Exception table: coalesce runs of instructions with the same handler.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < u.instrs.len() {
            if let Some(h) = &u.handler_of[i] {
                let target = u.labels[h.label.0].expect("unbound handler");
                let start = i;
                while i + 1 < u.instrs.len()
                    && matches!(&u.handler_of[i + 1], Some(h2) if h2.label == h.label && h2.depth == h.depth)
                {
                    i += 1;
                }
                table.push(ExceptionEntry {
                    start: start as u32,
                    end: i as u32 + 1,
                    handler: target,
                    depth: h.depth,
                    push_lasti: false,
                });
            }
            i += 1;
        }
        let names: Vec<Value> = std::mem::take(&mut u.names);
        let varnames: Vec<Value> = u.varnames.iter().map(|n| self.vm.intern(n)).collect();
        let cellvars: Vec<Value> = u.cellvars.iter().map(|n| self.vm.intern(n)).collect();
        let freevars: Vec<Value> = u.freevars.iter().map(|n| self.vm.intern(n)).collect();
        let cell_slots: Vec<u32> =
            u.cellvars.iter().map(|c| u.varnames.iter().position(|v| v == c).unwrap() as u32).collect();
        let n = u.instrs.len();
        let mut flags = u.flags;
        if !u.freevars.is_empty() {
            flags |= code_flags::HAS_FREE;
        }
        let code = Code {
            instrs: u.instrs.iter().map(|w| Cell::new(*w)).collect(),
            caches: (0..n)
                .map(|_| Cell::new(InlineCache { counter: crate::interp::WARMUP, ..Default::default() }))
                .collect(),
            lines: u.lines.into_boxed_slice(),
            consts: u.consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            nlocalsplus: (varnames.len() + freevars.len()) as u32,
            varnames: varnames.into_boxed_slice(),
            cellvars: cellvars.into_boxed_slice(),
            freevars: freevars.into_boxed_slice(),
            cell_slots: cell_slots.into_boxed_slice(),
            exception_table: table.into_boxed_slice(),
            name: self.vm.intern(&u.name),
            qualname: self.vm.new_str(&u.qualname),
            filename: self.vm.new_str(&self.filename),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags,
            max_stack: u.max_depth + 2,
            function_trace: Cell::new(Default::default()),
            poly: Default::default(),
        };
        self.vm.new_code(code)
    }

    // -- Emission ----------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.units.last_mut().unwrap();
        if u.dead {
            // Unreachable code (after a return, raise or jump) is not emitted.
            return usize::MAX;
        }
        let effect = stack_effect(op, arg);
        let nd = u.depth as i32 + effect;
        debug_assert!(nd >= 0, "negative stack depth at {:?} in {}", op, u.name);
        u.depth = nd.max(0) as u32;
        if op == Op::Copy || op == Op::LoadMethod || op == Op::ForIter {
            // Transient peak while the instruction runs.
            u.max_depth = u.max_depth.max(u.depth + 1);
        }
        u.max_depth = u.max_depth.max(u.depth);
        u.instrs.push(encode(op, arg));
        u.lines.push(u.line);
        u.handler_of.push(u.handlers.last().cloned());
        u.dead = matches!(
            op,
            Op::Jump | Op::JumpBackward | Op::ReturnValue | Op::ReturnNone | Op::RaiseVarargs | Op::Reraise
        );
        u.instrs.len() - 1
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() - 1)
    }

    fn emit_jump(&mut self, op: Op, label: Label) {
        let at = self.emit(op, 0);
        if at == usize::MAX {
            return;
        }
        let u = self.unit();
        u.fixups.push((at, label));
        // The depth on the jump edge.
        let d = match op {
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => u.depth + 1,
            Op::ForIter => u.depth - 2,
            Op::Send => u.depth - 1,
            _ => u.depth,
        };
        if u.label_depth[label.0].is_none() {
            u.label_depth[label.0] = Some(d);
        }
    }

    fn bind(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0] = Some(u.instrs.len() as u32);
        if u.dead {
            // Reachable again only if some jump targets this label.
            if let Some(d) = u.label_depth[label.0] {
                u.depth = d;
                u.dead = false;
            }
        } else if u.label_depth[label.0].is_none() {
            u.label_depth[label.0] = Some(u.depth);
        }
    }

    /// Binds a handler label, entered with the depth recorded at setup plus
    /// the exception.
    fn bind_handler(&mut self, label: Label, depth: u32) {
        let u = self.unit();
        u.labels[label.0] = Some(u.instrs.len() as u32);
        u.depth = depth + 1;
        u.max_depth = u.max_depth.max(u.depth);
        u.dead = false;
    }

    fn push_fblock(&mut self, b: FBlock, own_handlers: usize) {
        let u = self.unit();
        let hlen = u.handlers.len().saturating_sub(own_handlers);
        u.fblocks.push(b);
        u.fblock_hlen.push(hlen);
    }

    fn pop_fblock(&mut self) {
        let u = self.unit();
        u.fblocks.pop();
        u.fblock_hlen.pop();
    }

    fn push_handler(&mut self, label: Label) -> u32 {
        let u = self.unit();
        let depth = u.depth;
        u.handlers.push(Handler { label, depth });
        depth
    }

    fn push_handler_at(&mut self, label: Label, depth: u32) {
        self.unit().handlers.push(Handler { label, depth });
    }

    fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    fn set_line(&mut self, range_start: u32) {
        let line = self.lines.line(range_start);
        self.unit().line = line;
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Deduplicate identical immediates and strings by bits/content.
        for (i, c) in u.consts.iter().enumerate() {
            if c.is(&v) && !v.is_ptr() {
                return i as u32;
            }
            if let (Some(a), Some(b)) = (c.downcast::<crate::object::Str>(), v.downcast::<crate::object::Str>()) {
                if a.s == b.s {
                    return i as u32;
                }
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let k = self.add_const(v);
        self.emit(Op::LoadConst, k);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let v = self.vm.intern(name);
        let u = self.units.last_mut().unwrap();
        if let Some(i) = u.names.iter().position(|n| n.is(&v)) {
            return i as u32;
        }
        u.names.push(v);
        (u.names.len() - 1) as u32
    }

    /// `name` under private name mangling in the current unit.
    fn mangle(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        super::symtable::mangle(self.table.scopes[u.scope].private.as_deref(), name).into_owned()
    }

    /// The names-table index of an attribute name (mangled).
    fn attr_index(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        self.name_index(&m)
    }

    fn new_temp(&mut self) -> u32 {
        let u = self.unit();
        let name = format!("$t{}", u.ntemps);
        u.ntemps += 1;
        u.varnames.push(name);
        (u.varnames.len() - 1) as u32
    }

    /// PEP 810: the `IMPORT_NAME` flags of an import statement starting at
    /// `start` ([`import_flags::LAZY`] if written `lazy`,
    /// [`import_flags::POTENTIAL`] if the run-time mode or
    /// `__lazy_modules__` may make it lazy), or the SyntaxError CPython
    /// gives for `lazy` where it is not allowed.
    fn import_flags(&mut self, start: u32, star: bool, future: bool) -> CResult<u32> {
        let module_level = self.units.len() == 1 && self.unit().kind == ScopeKind::Module;
        let Some((kw, kw_end)) = self.lazy.keyword_at(start) else {
            return Ok(if module_level && self.try_depth == 0 && !star && !future {
                import_flags::POTENTIAL
            } else {
                0
            });
        };
        let what =
            if self.src.as_bytes().get(kw_end as usize..).is_some_and(|r| r.trim_ascii_start().starts_with(b"from")) {
                "lazy from ... import"
            } else {
                "lazy import"
            };
        let place = match self.unit().kind {
            _ if module_level => None,
            ScopeKind::Class => Some("classes"),
            _ => Some("functions"),
        };
        let msg = if let Some(place) = place {
            format!("{what} not allowed inside {place}")
        } else if self.try_depth > 0 {
            format!("{what} not allowed inside try/except blocks")
        } else if star {
            "lazy from ... import * is not allowed".to_string()
        } else if future {
            "lazy from __future__ import is not allowed".to_string()
        } else {
            return Ok(import_flags::LAZY | import_flags::POTENTIAL);
        };
        let mut e = self.error(msg, kw);
        // CPython highlights the `lazy` keyword.
        e.end_col = e.col + (kw_end - kw);
        Err(e)
    }

    fn error(&self, msg: impl Into<String>, offset: u32) -> CompileError {
        let line = self.lines.line(offset);
        let col = offset - self.lines.line_start(line) + 1;
        CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            line,
            col,
            end_col: col + 1,
            text: self.src.lines().nth(line as usize - 1).unwrap_or("").to_string(),
        }
    }

    // -- Names -------------------------------------------------------------

    fn symbol(&self, name: &str) -> Symbol {
        let u = self.units.last().unwrap();
        self.table.scopes[u.scope].lookup(name)
    }

    fn slot_of(&self, name: &str) -> Option<u32> {
        let u = self.units.last().unwrap();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return Some(i as u32);
        }
        u.freevars.iter().position(|v| v == name).map(|i| (u.varnames.len() + i) as u32)
    }

    /// Free variables are numbered after all varnames, but varnames can grow
    /// (temporaries); so free slots are fixed up at the end of the unit. To keep
    /// it simple, temporaries are allocated before any free variable is used
    /// by reserving them lazily — instead we encode free slots relative to the
    /// end with a marker bit and resolve in `finish_slots`.
    fn load_name(&mut self, name: &str) {
        let name = &*self.mangle(name);
        let u = self.units.last().unwrap();
        let kind = u.kind;
        match self.symbol(name) {
            Symbol::Local => {
                let s = self.slot_of(name).unwrap();
                self.emit(Op::LoadFast, s);
            }
            Symbol::Cell | Symbol::Free => {
                if kind == ScopeKind::Class && name != "__class__" {
                    let s = self.deref_slot(name);
                    self.emit(Op::LoadClassDeref, s);
                } else {
                    let s = self.deref_slot(name);
                    self.emit(Op::LoadDeref, s);
                }
            }
            Symbol::GlobalExplicit | Symbol::GlobalImplicit => {
                let n = self.name_index(name);
                self.emit(Op::LoadGlobal, n);
            }
            Symbol::Name => {
                let n = self.name_index(name);
                if kind == ScopeKind::Module {
                    self.emit(Op::LoadGlobal, n);
                } else {
                    self.emit(Op::LoadName, n);
                }
            }
        }
    }

    fn deref_slot(&mut self, name: &str) -> u32 {
        let u = self.units.last().unwrap();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            if u.cellvars.iter().any(|c| c == name) {
                return i as u32;
            }
        }
        let i = u.freevars.iter().position(|v| v == name).expect("free variable");
        FREE_BIT | i as u32
    }

    fn store_name(&mut self, name: &str) {
        let name = &*self.mangle(name);
        let kind = self.units.last().unwrap().kind;
        match self.symbol(name) {
            Symbol::Local => {
                let s = self.slot_of(name).unwrap();
                self.emit(Op::StoreFast, s);
            }
            Symbol::Cell | Symbol::Free => {
                if kind == ScopeKind::Class
                    && name != "__class__"
                    && !self.units.last().unwrap().freevars.iter().any(|f| f == name)
                {
                    let n = self.name_index(name);
                    self.emit(Op::StoreName, n);
                } else {
                    let s = self.deref_slot(name);
                    self.emit(Op::StoreDeref, s);
                }
            }
            Symbol::GlobalExplicit | Symbol::GlobalImplicit => {
                let n = self.name_index(name);
                self.emit(Op::StoreGlobal, n);
            }
            Symbol::Name => {
                let n = self.name_index(name);
                if kind == ScopeKind::Module {
                    self.emit(Op::StoreGlobal, n);
                } else {
                    self.emit(Op::StoreName, n);
                }
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let name = &*self.mangle(name);
        let kind = self.units.last().unwrap().kind;
        match self.symbol(name) {
            Symbol::Local => {
                let s = self.slot_of(name).unwrap();
                self.emit(Op::DeleteFast, s);
            }
            Symbol::Cell | Symbol::Free => {
                let s = self.deref_slot(name);
                self.emit(Op::DeleteDeref, s);
            }
            Symbol::GlobalExplicit | Symbol::GlobalImplicit => {
                let n = self.name_index(name);
                self.emit(Op::DeleteGlobal, n);
            }
            Symbol::Name => {
                let n = self.name_index(name);
                if kind == ScopeKind::Module {
                    self.emit(Op::DeleteGlobal, n);
                } else {
                    self.emit(Op::DeleteName, n);
                }
            }
        }
    }

    // -- Statements --------------------------------------------------------

    fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn docstring_module(&mut self, body: &[Stmt]) -> CResult<()> {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::Constant(c) = &*e.value {
                if let Constant::Str(s) = &c.value {
                    let v = self.vm.new_str(s);
                    self.load_const(v);
                    self.store_name("__doc__");
                }
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        let start = match s {
            Stmt::FunctionDef(f) if !f.decorator_list.is_empty() => u32::from(f.decorator_list[0].range().start()),
            Stmt::ClassDef(c) if !c.decorator_list.is_empty() => u32::from(c.decorator_list[0].range().start()),
            _ => u32::from(s.range().start()),
        };
        self.set_line(start);
        match s {
            Stmt::Expr(e) => {
                if let Expr::Constant(_) = &*e.value {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.assign(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.assign(&a.target)?;
                } else if !matches!(&*a.target, Expr::Name(_)) {
                    // `x.y: int` evaluates the target's object but stores nothing.
                    if let Expr::Attribute(at) = &*a.target {
                        self.expr(&at.value)?;
                        self.emit(Op::PopTop, 0);
                    }
                }
            }
            Stmt::Pass(_) => {}
            Stmt::Return(r) => {
                let kind = self.unit().kind;
                if kind == ScopeKind::Module || kind == ScopeKind::Class {
                    return Err(self.error("'return' outside function", start));
                }
                match &r.value {
                    Some(v) => {
                        self.expr(v)?;
                        self.unwind_all(true)?;
                        self.emit(Op::ReturnValue, 0);
                    }
                    None => {
                        self.unwind_all(false)?;
                        self.emit(Op::ReturnNone, 0);
                    }
                }
            }
            Stmt::If(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.emit_jump(Op::Jump, end);
                    self.bind(orelse);
                    self.stmts(&i.orelse)?;
                } else {
                    self.bind(orelse);
                }
                self.bind(end);
            }
            Stmt::While(w) => {
                let top = self.new_label();
                let brk = self.new_label();
                let orelse = self.new_label();
                self.bind(top);
                self.jump_if(&w.test, false, orelse)?;
                self.push_fblock(FBlock::WhileLoop { cont: top, brk }, 0);
                self.stmts(&w.body)?;
                self.pop_fblock();
                self.set_line(start);
                self.emit_jump(Op::JumpBackward, top);
                self.bind(orelse);
                self.stmts(&w.orelse)?;
                self.bind(brk);
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.emit(Op::GetIter, 0);
                let top = self.new_label();
                let exit = self.new_label();
                let brk = self.new_label();
                self.bind(top);
                self.emit_jump(Op::ForIter, exit);
                self.assign(&f.target)?;
                self.push_fblock(FBlock::ForLoop { cont: top, brk }, 0);
                self.stmts(&f.body)?;
                self.pop_fblock();
                self.set_line(start);
                self.emit_jump(Op::JumpBackward, top);
                self.bind(exit);
                self.stmts(&f.orelse)?;
                self.bind(brk);
            }
            Stmt::Break(_) => {
                let target = self.unwind_loop(start, false)?;
                self.emit_jump(Op::Jump, target);
            }
            Stmt::Continue(_) => {
                let target = self.unwind_loop(start, true)?;
                self.emit_jump(Op::JumpBackward, target);
            }
            Stmt::FunctionDef(f) => self.function_def(s, f)?,
            Stmt::ClassDef(c) => self.class_def(s, c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            Stmt::Try(t) => {
                self.try_depth += 1;
                let r = if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally(t)
                };
                self.try_depth -= 1;
                r?;
            }
            Stmt::TryStar(t) => {
                return Err(self.error("except* is not supported", u32::from(t.range.start())));
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.emit(Op::PushNull, 0);
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(end);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::With(w) => self.with(&w.items, &w.body, 0)?,
            Stmt::Import(i) => {
                let flags = self.import_flags(start, false, false)?;
                for a in &i.names {
                    let zero = Value::small_int(0);
                    self.load_const(zero);
                    match &a.asname {
                        Some(asname) => {
                            self.load_const(Value::TRUE);
                            let n = self.name_index(a.name.as_str());
                            self.emit(Op::ImportName, n << 2 | flags);
                            self.store_name(asname.as_str());
                        }
                        None => {
                            self.load_const(Value::NONE);
                            let n = self.name_index(a.name.as_str());
                            self.emit(Op::ImportName, n << 2 | flags);
                            let top = a.name.split('.').next().unwrap().to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
                let star = i.names.len() == 1 && i.names[0].name.as_str() == "*";
                let future = level == 0 && i.module.as_ref().map(|m| m.as_str()) == Some("__future__");
                let flags = self.import_flags(start, star, future)?;
                self.load_const(Value::small_int(level as i64));
                let names: Vec<Value> = i.names.iter().map(|a| self.vm.new_str(a.name.as_str())).collect();
                let t = self.vm.new_tuple(names);
                self.load_const(t);
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let n = self.name_index(&module);
                self.emit(Op::ImportName, n << 2 | flags);
                if star {
                    if self.unit().kind == ScopeKind::Function {
                        return Err(self.error("import * only allowed at module level", start));
                    }
                    self.emit(Op::ImportStar, 0);
                } else {
                    for a in &i.names {
                        let n = self.name_index(a.name.as_str());
                        self.emit(Op::ImportFrom, n);
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        self.store_name(&bound);
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::AsyncFunctionDef(f) => {
                return Err(self.error("async functions are not supported yet", u32::from(f.range.start())));
            }
            Stmt::AsyncFor(f) => {
                return Err(self.error("'async for' outside async function", u32::from(f.range.start())))
            }
            Stmt::AsyncWith(f) => {
                return Err(self.error("'async with' outside async function", u32::from(f.range.start())))
            }
            Stmt::TypeAlias(t) => return Err(self.error("type aliases are not supported", u32::from(t.range.start()))),
        }
        Ok(())
    }

    /// Emits the clean-up for every frame block up to the innermost loop.
    fn unwind_loop(&mut self, offset: u32, is_continue: bool) -> CResult<Label> {
        let saved = self.unit().handlers.clone();
        let r = self.unwind_loop_inner(offset, is_continue);
        self.unit().handlers = saved;
        r
    }

    fn unwind_loop_inner(&mut self, offset: u32, is_continue: bool) -> CResult<Label> {
        let n = self.unit().fblocks.len();
        let mut i = n;
        while i > 0 {
            i -= 1;
            let (is_loop, cont, brk, is_for) = match &self.unit().fblocks[i] {
                FBlock::ForLoop { cont, brk } => (true, *cont, *brk, true),
                FBlock::WhileLoop { cont, brk } => (true, *cont, *brk, false),
                _ => (false, Label(0), Label(0), false),
            };
            if is_loop {
                if is_continue {
                    return Ok(cont);
                }
                if is_for {
                    self.emit(Op::PopTop, 0);
                }
                return Ok(brk);
            }
            self.unwind_block(i, false)?;
        }
        let msg = if is_continue { "'continue' not properly in loop" } else { "'break' outside loop" };
        Err(self.error(msg, offset))
    }

    /// Emits the clean-up for all frame blocks (for `return`).
    fn unwind_all(&mut self, has_value: bool) -> CResult<()> {
        let saved = self.unit().handlers.clone();
        let r = self.unwind_all_inner(has_value);
        self.unit().handlers = saved;
        r
    }

    fn unwind_all_inner(&mut self, has_value: bool) -> CResult<()> {
        let n = self.unit().fblocks.len();
        let mut i = n;
        while i > 0 {
            i -= 1;
            if has_value && !matches!(self.unit().fblocks[i], FBlock::WhileLoop { .. } | FBlock::TryExcept) {
                // Keep the return value on top while cleaning up below it.
                if let FBlock::ForLoop { .. } = &self.unit().fblocks[i] {
                    self.emit(Op::Swap, 2);
                    self.emit(Op::PopTop, 0);
                    continue;
                }
            } else if let FBlock::ForLoop { .. } = &self.unit().fblocks[i] {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.unwind_block(i, has_value)?;
        }
        Ok(())
    }

    /// Emits the exit actions of frame block `i` (not loops), with the
    /// handler and frame-block stacks temporarily cut back to that block.
    fn unwind_block(&mut self, i: usize, has_value: bool) -> CResult<()> {
        enum Act {
            None,
            Finally(*const [Stmt]),
            FinallyEnd,
            With,
            Handler(Option<String>),
        }
        let hlen = self.unit().fblock_hlen[i];
        self.unit().handlers.truncate(hlen);
        let act = match &self.unit().fblocks[i] {
            FBlock::TryExcept => Act::None,
            FBlock::FinallyTry { body } => Act::Finally(*body),
            FBlock::FinallyEnd => Act::FinallyEnd,
            FBlock::With => Act::With,
            FBlock::HandlerCleanup { name } => Act::Handler(name.clone()),
            _ => Act::None,
        };
        match act {
            Act::None => {
                // Leaving a try body: its handler no longer applies.
            }
            Act::Finally(body) => {
                // Run the finally body with the blocks outside it active.
                let saved_fb: Vec<FBlock> = self.unit().fblocks.drain(i..).collect();
                let saved_hl: Vec<usize> = self.unit().fblock_hlen.drain(i..).collect();
                let saved_h = self.unit().handlers.clone();
                // SAFETY: the body slice lives in the AST, which outlives compilation.
                let stmts = unsafe { &*body };
                self.stmts(stmts)?;
                self.unit().handlers = saved_h;
                self.unit().fblocks.extend(saved_fb);
                self.unit().fblock_hlen.extend(saved_hl);
            }
            Act::FinallyEnd => {
                // Stack: prev, exc (+ value). Drop the exception, restore prev.
                if has_value {
                    self.emit(Op::Swap, 2);
                    self.emit(Op::PopTop, 0);
                    self.emit(Op::Swap, 2);
                    self.emit(Op::PopExcept, 0);
                } else {
                    self.emit(Op::PopTop, 0);
                    self.emit(Op::PopExcept, 0);
                }
            }
            Act::With => {
                // Stack: exit (+ value).
                if has_value {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PushNull, 0);
                self.load_const(Value::NONE);
                self.load_const(Value::NONE);
                self.load_const(Value::NONE);
                self.emit(Op::Call, 3);
                self.emit(Op::PopTop, 0);
            }
            Act::Handler(name) => {
                // Stack: prev (+ value).
                if has_value {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Value::NONE);
                    self.store_name(&n);
                    self.delete_name(&n);
                }
            }
        }
        Ok(())
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) -> CResult<()> {
        let except = self.new_label();
        let end = self.new_label();
        let depth = self.push_handler(except);
        self.push_fblock(FBlock::TryExcept, 1);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(Op::Jump, end);

        // Handler: stack is [.. exc].
        self.bind_handler(except, depth);
        let cleanup = self.new_label();
        self.emit(Op::PushExcInfo, 0); // [prev, exc]
        self.push_handler_at(cleanup, depth + 1);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(u32::from(h.range.start()));
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch, 0);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            let name = h.name.as_ref().map(|n| n.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            // [prev]
            if let Some(n) = &name {
                let named_cleanup = self.new_label();
                let d = self.push_handler(named_cleanup);
                self.push_fblock(FBlock::HandlerCleanup { name: Some(n.clone()) }, 2);
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.pop_handler();
                self.emit(Op::PopExcept, 0);
                self.load_const(Value::NONE);
                self.store_name(n);
                self.delete_name(n);
                self.emit_jump(Op::Jump, end);
                // Exception inside a named handler: unbind the name, re-raise.
                self.bind_handler(named_cleanup, d);
                self.load_const(Value::NONE);
                self.store_name(n);
                self.delete_name(n);
                self.emit(Op::Reraise, 0);
            } else {
                self.push_fblock(FBlock::HandlerCleanup { name: None }, 1);
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.emit(Op::PopExcept, 0);
                self.emit_jump(Op::Jump, end);
            }
            self.bind(next);
            // Unmatched: back to [prev, exc].
            self.unit().depth = depth + 2;
        }
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        // Cleanup: [prev, exc2] -> restore prev, re-raise exc2.
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        self.unit().depth = depth;
        Ok(())
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let fin_exc = self.new_label();
        let end = self.new_label();
        let depth = self.push_handler(fin_exc);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody[..] as *const [Stmt] }, 1);
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse)?;
        }
        self.pop_fblock();
        self.pop_handler();
        // Normal exit: run the finally body.
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::Jump, end);
        // Exceptional exit: [exc] -> [prev, exc], run finally, re-raise.
        self.bind_handler(fin_exc, depth);
        let cleanup = self.new_label();
        self.emit(Op::PushExcInfo, 0);
        self.push_handler_at(cleanup, depth + 1);
        self.push_fblock(FBlock::FinallyEnd, 1);
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        self.unit().depth = depth;
        Ok(())
    }

    fn with(&mut self, items: &[ast::WithItem], body: &[Stmt], idx: usize) -> CResult<()> {
        if idx == items.len() {
            return self.stmts(body);
        }
        let item = &items[idx];
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeWith, 0); // [exit, value]
        let exc = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth - 1;
        self.push_handler_at(exc, depth);
        match &item.optional_vars {
            Some(t) => self.assign(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.push_fblock(FBlock::With, 1);
        self.with(items, body, idx + 1)?;
        self.pop_fblock();
        self.pop_handler();
        // Normal exit: exit(None, None, None).
        self.emit(Op::PushNull, 0);
        self.load_const(Value::NONE);
        self.load_const(Value::NONE);
        self.load_const(Value::NONE);
        self.emit(Op::Call, 3);
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, end);
        // Exception: [exit, exc] -> [exit, prev, exc].
        self.bind_handler(exc, depth);
        self.emit(Op::PushExcInfo, 0);
        let cleanup = self.new_label();
        self.push_handler_at(cleanup, depth + 1);
        self.emit(Op::WithExceptStart, 0); // [exit, prev, exc, res]
        let suppress = self.new_label();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.unit().depth = depth + 2;
        self.pop_handler();
        self.emit(Op::PopTop, 0); // exc
        self.emit(Op::PopExcept, 0); // prev
        self.emit(Op::PopTop, 0); // exit
        self.emit_jump(Op::Jump, end);
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        self.unit().depth = depth - 1;
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = binop_of(&a.op) as u32 | INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Copy, 1);
                let n = self.attr_index(at.attr.as_str());
                self.emit(Op::LoadAttr, n);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            other => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    u32::from(other.range().start()),
                ))
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into a target.
    fn assign(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_index(a.attr.as_str());
                self.emit(Op::StoreAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(si) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            return Err(
                                self.error("multiple starred expressions in assignment", u32::from(t.range().start()))
                            );
                        }
                        let after = elts.len() - si - 1;
                        self.emit(Op::UnpackEx, si as u32 | (after as u32) << 8);
                    }
                    None => {
                        self.emit(Op::UnpackSequence, elts.len() as u32);
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign(&s.value)?,
                        _ => self.assign(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(
                    self.error("starred assignment target must be in a list or tuple", u32::from(s.range.start()))
                )
            }
            other => {
                let what = match other {
                    Expr::Call(_) => "function call",
                    Expr::Constant(_) => "literal",
                    Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
                    Expr::Compare(_) => "comparison",
                    _ => "expression",
                };
                return Err(self.error(
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
                    u32::from(other.range().start()),
                ));
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_index(a.attr.as_str());
                self.emit(Op::DeleteAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => return Err(self.error("cannot delete expression", u32::from(other.range().start()))),
        }
        Ok(())
    }

    // -- Functions and classes --------------------------------------------

    /// Pushes defaults / kwdefaults for a signature; returns MakeFunction flags.
    fn signature_defaults(&mut self, args: &ast::Arguments) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> =
            args.posonlyargs.iter().chain(args.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> =
            args.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d))).collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                let k = self.mangle(name);
                let k = self.vm.new_str(&k);
                self.load_const(k);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kwdefaults.len() as u32);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes the `__annotations__` dict of a `def` (in CPython's order);
    /// returns the MakeFunction flag for it.
    fn annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>) -> CResult<u32> {
        let params = args
            .args
            .iter()
            .chain(args.posonlyargs.iter())
            .map(|p| &p.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|p| &p.def))
            .chain(args.kwarg.as_deref());
        let mut items: Vec<(&str, &Expr)> =
            params.filter_map(|p| p.annotation.as_deref().map(|a| (p.arg.as_str(), a))).collect();
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(0);
        }
        for (name, e) in &items {
            let k = self.mangle(name);
            let k = self.vm.new_str(&k);
            self.load_const(k);
            self.expr(e)?;
        }
        self.emit(Op::BuildMap, items.len() as u32);
        Ok(4)
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emits the closure tuple for a child scope and the MakeFunction.
    fn make_function(&mut self, code: Value, freevars: &[Value], mut flags: u32) {
        if !freevars.is_empty() {
            for fv in freevars {
                let name = fv.downcast::<crate::object::Str>().unwrap().s.to_string();
                let slot = self.deref_slot(&name);
                self.emit(Op::LoadClosure, slot);
            }
            self.emit(Op::BuildTuple, freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(code);
        self.emit(Op::MakeFunction, flags);
    }

    fn function_body(
        &mut self,
        node_scope: usize,
        name: &str,
        args: &ast::Arguments,
        body: FnBody<'_>,
        first_line: u32,
    ) -> CResult<Value> {
        let qualname = self.qualname_for(name);
        self.push_unit(node_scope, ScopeKind::Function, name, &qualname, first_line);
        {
            let u = self.unit();
            u.posonly = args.posonlyargs.len() as u32;
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.kwonly = args.kwonlyargs.len() as u32;
            if args.vararg.is_some() {
                u.flags |= code_flags::VARARGS;
            }
            if args.kwarg.is_some() {
                u.flags |= code_flags::VARKEYWORDS;
            }
        }
        if self.table.scopes[node_scope].is_generator {
            self.unit().flags |= code_flags::GENERATOR;
            self.emit(Op::GenStart, 0);
        }
        match body {
            FnBody::Stmts(stmts) => {
                // The docstring is the first constant.
                let doc = match stmts.first() {
                    Some(Stmt::Expr(e)) => match &*e.value {
                        Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) => Some(self.vm.new_str(s)),
                        _ => None,
                    },
                    _ => None,
                };
                let doc_const = doc.unwrap_or(Value::NONE);
                self.unit().consts.insert(0, doc_const);
                self.stmts(stmts)?;
                if !self.unit().dead {
                    self.emit(Op::ReturnNone, 0);
                }
            }
            FnBody::Expr(e) => {
                self.unit().consts.insert(0, Value::NONE);
                self.expr(e)?;
                self.emit(Op::ReturnValue, 0);
            }
        }
        Ok(self.pop_unit())
    }

    fn function_def(&mut self, s: &Stmt, f: &ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let flags = self.signature_defaults(&f.args)? | self.annotations(&f.args, f.returns.as_deref())?;
        let scope = self.table.scope_of(s);
        let first_line = self.lines.line(u32::from(f.range.start()));
        let def_line = self.unit().line;
        let code = self.function_body(scope, f.name.as_str(), &f.args, FnBody::Stmts(&f.body), first_line)?;
        self.unit().line = def_line;
        let freevars = self.code_freevars(&code);
        self.make_function(code, &freevars, flags);
        for _ in &f.decorator_list {
            self.emit(Op::PushNull, 0);
            self.emit(Op::Swap, 2);
            // Stack: decorator, NULL, function -> call decorator(function).
            self.emit(Op::Call, 1);
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    fn code_freevars(&self, code: &Value) -> Vec<Value> {
        code.downcast::<crate::object::CodeObj>().unwrap().code.freevars.to_vec()
    }

    fn class_def(&mut self, s: &Stmt, c: &ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let scope = self.table.scope_of(s);
        let qualname = self.qualname_for(c.name.as_str());
        let first_line = self.lines.line(u32::from(c.range.start()));
        let def_line = self.unit().line;
        self.push_unit(scope, ScopeKind::Class, c.name.as_str(), &qualname, first_line);
        self.unit().flags |= code_flags::NAMESPACE | code_flags::CLASS_BODY;
        self.unit().consts.push(Value::NONE);
        // __module__ and __qualname__.
        let n = self.name_index("__name__");
        self.emit(Op::LoadGlobal, n);
        self.store_name("__module__");
        let q = self.vm.new_str(&qualname);
        self.load_const(q);
        self.store_name("__qualname__");
        if let Some(Stmt::Expr(e)) = c.body.first() {
            if let Expr::Constant(ast::ExprConstant { value: Constant::Str(d), .. }) = &*e.value {
                let d = self.vm.new_str(d);
                self.load_const(d);
                self.store_name("__doc__");
            }
        }
        self.stmts(&c.body)?;
        if self.table.scopes[scope].needs_class_cell {
            let slot = self.slot_of("__class__").unwrap();
            self.emit(Op::LoadClosure, slot);
            let n = self.name_index("__classcell__");
            self.emit(Op::StoreName, n);
        }
        self.emit(Op::ReturnNone, 0);
        let code = self.pop_unit();
        self.unit().line = def_line;
        self.emit(Op::LoadBuildClass, 0);
        self.emit(Op::PushNull, 0);
        let freevars = self.code_freevars(&code);
        self.make_function(code, &freevars, 0);
        let name = self.vm.new_str(c.name.as_str());
        self.load_const(name);
        self.call_args(&c.bases, &c.keywords, 2)?;
        for _ in &c.decorator_list {
            self.emit(Op::PushNull, 0);
            self.emit(Op::Swap, 2);
            self.emit(Op::Call, 1);
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    // -- Expressions -------------------------------------------------------

    fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::NONE,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Str(s) => self.vm.new_str(s),
            Constant::Bytes(b) => self.vm.new_bytes(b.clone()),
            Constant::Int(i) => self.vm.new_int_big(i.clone()),
            Constant::Float(f) => Value::float(*f),
            Constant::Complex { real, imag } => self.vm.new_complex(*real, *imag),
            Constant::Ellipsis => self.vm.ellipsis(),
            Constant::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|i| self.constant(i)).collect();
                self.vm.new_tuple(vals)
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        let line = self.lines.line(u32::from(e.range().start()));
        let saved_line = self.unit().line;
        self.unit().line = line;
        let r = self.expr_inner(e);
        self.unit().line = saved_line;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::Constant(c) => {
                let v = self.constant(&c.value);
                self.load_const(v);
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp, binop_of(&b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                use ast::UnaryOp as U;
                // Fold negative numeric literals so `-1` is a constant.
                if let (U::USub, Expr::Constant(c)) = (&u.op, &*u.operand) {
                    match &c.value {
                        Constant::Int(i) => {
                            let v = self.vm.new_int_big(-i.clone());
                            self.load_const(v);
                            return Ok(());
                        }
                        Constant::Float(f) => {
                            self.load_const(Value::float(-f));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.expr(&u.operand)?;
                let op = match u.op {
                    U::Invert => Op::UnaryInvert,
                    U::Not => Op::UnaryNot,
                    U::UAdd => Op::UnaryPositive,
                    U::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_index(a.attr.as_str());
                self.emit(Op::LoadAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::NONE),
                }
                match &s.upper {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::NONE),
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
            }
            Expr::Tuple(t) => {
                if t.elts.iter().all(|e| matches!(e, Expr::Constant(_))) && !t.elts.is_empty() {
                    let vals: Vec<Value> = t
                        .elts
                        .iter()
                        .map(|e| match e {
                            Expr::Constant(c) => self.constant(&c.value),
                            _ => unreachable!(),
                        })
                        .collect();
                    let tv = self.vm.new_tuple(vals);
                    self.load_const(tv);
                } else {
                    self.sequence(&t.elts, Op::BuildTuple)?;
                }
            }
            Expr::List(l) => self.sequence(&l.elts, Op::BuildList)?,
            Expr::Set(s) => self.sequence(&s.elts, Op::BuildSet)?,
            Expr::Dict(d) => {
                let has_unpack = d.keys.iter().any(|k| k.is_none());
                if !has_unpack {
                    for (k, v) in d.keys.iter().zip(d.values.iter()) {
                        self.expr(k.as_ref().unwrap())?;
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap, d.keys.len() as u32);
                } else {
                    self.emit(Op::BuildMap, 0);
                    for (k, v) in d.keys.iter().zip(d.values.iter()) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd, 1);
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                }
            }
            Expr::IfExp(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Lambda(l) => {
                let flags = self.signature_defaults(&l.args)?;
                let scope = self.table.scope_of(e);
                let line = self.unit().line;
                let code = self.function_body(scope, "<lambda>", &l.args, FnBody::Expr(&l.body), line)?;
                self.unit().line = line;
                let fv = self.code_freevars(&code);
                self.make_function(code, &fv, flags);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                if let Expr::Name(name) = &*n.target {
                    self.store_name(name.id.as_str());
                }
            }
            Expr::ListComp(c) => self.comprehension(e, &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => self.comprehension(e, &c.generators, CompKind::Dict(&c.key, &c.value))?,
            Expr::GeneratorExp(c) => self.comprehension(e, &c.generators, CompKind::Gen(&c.elt))?,
            Expr::Yield(y) => {
                if !matches!(self.unit().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    return Err(self.error("'yield' outside function", u32::from(y.range.start())));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::NONE),
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                if !matches!(self.unit().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    return Err(self.error("'yield' outside function", u32::from(y.range.start())));
                }
                self.expr(&y.value)?;
                self.emit(Op::GetIter, 0);
                self.load_const(Value::NONE);
                let top = self.new_label();
                let exit = self.new_label();
                self.bind(top);
                self.emit_jump(Op::Send, exit);
                self.emit(Op::YieldValue, 0);
                self.emit_jump(Op::Jump, top);
                self.bind(exit);
            }
            Expr::Await(a) => return Err(self.error("'await' outside async function", u32::from(a.range.start()))),
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    let v = self.vm.new_str("");
                    self.load_const(v);
                } else {
                    for v in &j.values {
                        self.expr(v)?;
                    }
                    if j.values.len() != 1 || !matches!(j.values[0], Expr::Constant(_)) {
                        self.emit(Op::BuildString, j.values.len() as u32);
                    }
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                let mut arg = match f.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit(Op::FormatValue, arg);
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", u32::from(s.range.start())));
            }
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &[Expr], build: Op) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (first, extend, add) = match build {
            Op::BuildSet => (Op::BuildSet, Op::SetUpdate, Op::SetAdd),
            _ => (Op::BuildList, Op::ListExtend, Op::ListAppend),
        };
        self.emit(first, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Op::BuildTuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.cmp_op(&c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Op::Copy, 1);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.cmp_op(&c.ops[i]);
                self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.cmp_op(&c.ops[i]);
            }
        }
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: &ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            C::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            C::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            C::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            C::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            C::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            C::Is => self.emit(Op::IsOp, 0),
            C::IsNot => self.emit(Op::IsOp, 1),
            C::In => self.emit(Op::ContainsOp, 0),
            C::NotIn => self.emit(Op::ContainsOp, 1),
        };
    }

    /// Jumps to `label` if the truth of `e` equals `cond`.
    fn jump_if(&mut self, e: &Expr, cond: bool, label: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => return self.jump_if(&u.operand, !cond, label),
            Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                if is_and != cond {
                    // and/false or or/true: any operand deciding jumps.
                    for v in &b.values {
                        self.jump_if(v, cond, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, label)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                if let (ast::CmpOp::Is | ast::CmpOp::IsNot, Expr::Constant(k)) = (&c.ops[0], &c.comparators[0]) {
                    if matches!(k.value, Constant::None) {
                        self.expr(&c.left)?;
                        let is = matches!(c.ops[0], ast::CmpOp::Is);
                        let op = if is == cond { Op::PopJumpIfNone } else { Op::PopJumpIfNotNone };
                        self.emit_jump(op, label);
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, label);
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult<()> {
        // Method call: obj.name(args) without star-args uses LoadMethod.
        let simple =
            !c.args.iter().any(|a| matches!(a, Expr::Starred(_))) && !c.keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Attribute(a) = &*c.func {
            if simple {
                self.expr(&a.value)?;
                let n = self.attr_index(a.attr.as_str());
                self.emit(Op::LoadMethod, n);
                return self.call_args(&c.args, &c.keywords, 0);
            }
        }
        self.expr(&c.func)?;
        self.emit(Op::PushNull, 0);
        self.call_args(&c.args, &c.keywords, 0)
    }

    /// Emits arguments and the call; `extra` values are already pushed as
    /// leading positional arguments.
    fn call_args(&mut self, args: &[Expr], keywords: &[ast::Keyword], extra: u32) -> CResult<()> {
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Op::Call, n);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(self.vm.new_str(k.arg.as_ref().unwrap().as_str()));
                }
                let t = self.vm.new_tuple(names);
                self.load_const(t);
                self.emit(Op::CallKw, n + keywords.len() as u32);
            }
            return Ok(());
        }
        // General form: build a tuple and a dict.
        self.emit(Op::BuildList, extra);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend, 1 | crate::bytecode::LIST_EXTEND_CALL);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        if keywords.is_empty() {
            self.emit(Op::CallEx, 0);
        } else {
            self.emit(Op::BuildMap, 0);
            let mut merged = false;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        // After a `**` merge a named keyword is merged too, so a
                        // repeated name is reported.
                        if merged {
                            self.emit(Op::BuildMap, 0);
                        }
                        let kv = self.vm.new_str(name.as_str());
                        self.load_const(kv);
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd, 1);
                        if merged {
                            self.emit(Op::DictMerge, 1);
                        }
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                        merged = true;
                    }
                }
            }
            self.emit(Op::CallEx, 1);
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &Expr, generators: &[ast::Comprehension], kind: CompKind<'_>) -> CResult<()> {
        let scope = self.table.scope_of(e);
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.unit().line;
        self.push_unit(scope, ScopeKind::Comprehension, name, &qualname, line);
        self.unit().argcount = 1;
        self.unit().consts.push(Value::NONE);
        let is_gen = matches!(kind, CompKind::Gen(_));
        if is_gen {
            self.unit().flags |= code_flags::GENERATOR;
            self.emit(Op::GenStart, 0);
        } else {
            let op = match kind {
                CompKind::List(_) => Op::BuildList,
                CompKind::Set(_) => Op::BuildSet,
                _ => Op::BuildMap,
            };
            self.emit(op, 0);
        }
        self.comp_level(generators, 0, &kind, is_gen)?;
        if is_gen {
            self.emit(Op::ReturnNone, 0);
        } else {
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.pop_unit();
        self.unit().line = line;
        let fv = self.code_freevars(&code);
        self.make_function(code, &fv, 0);
        self.emit(Op::PushNull, 0);
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter, 0);
        self.emit(Op::Call, 1);
        Ok(())
    }

    fn comp_level(&mut self, gens: &[ast::Comprehension], i: usize, kind: &CompKind<'_>, is_gen: bool) -> CResult<()> {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter, 0);
        }
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.emit_jump(Op::ForIter, exit);
        self.assign(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_level(gens, i + 1, kind, is_gen)?;
        } else {
            // The collection sits below one iterator per level.
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.emit_jump(Op::JumpBackward, top);
        self.bind(exit);
        Ok(())
    }

    // -- match -------------------------------------------------------------

    fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let subj = self.new_temp();
        self.emit(Op::StoreFast, subj);
        let end = self.new_label();
        for case in &m.cases {
            let next = self.new_label();
            self.pattern(&case.pattern, subj, next)?;
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.bind(next);
        }
        self.bind(end);
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern, subj: u32, fail: Label) -> CResult<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => {
                self.emit(Op::LoadFast, subj);
                self.expr(&v.value)?;
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.emit_jump(Op::PopJumpIfFalse, fail);
            }
            P::MatchSingleton(s) => {
                self.emit(Op::LoadFast, subj);
                let c = self.constant(&s.value);
                self.load_const(c);
                self.emit(Op::IsOp, 0);
                self.emit_jump(Op::PopJumpIfFalse, fail);
            }
            P::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.pattern(sub, subj, fail)?;
                }
                if let Some(n) = &a.name {
                    self.emit(Op::LoadFast, subj);
                    self.store_name(n.as_str());
                }
            }
            P::MatchOr(o) => {
                let ok = self.new_label();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < o.patterns.len() {
                        let next = self.new_label();
                        self.pattern(alt, subj, next)?;
                        self.emit_jump(Op::Jump, ok);
                        self.bind(next);
                    } else {
                        self.pattern(alt, subj, fail)?;
                    }
                }
                self.bind(ok);
            }
            P::MatchSequence(s) => {
                self.emit(Op::LoadFast, subj);
                self.emit(Op::MatchSequence, 0);
                self.emit_jump(Op::PopJumpIfFalse, fail);
                let star = s.patterns.iter().position(|p| matches!(p, P::MatchStar(_)));
                let n = s.patterns.len();
                self.emit(Op::LoadFast, subj);
                self.emit(Op::GetLen, 0);
                match star {
                    Some(_) => {
                        self.load_const(Value::small_int(n as i64 - 1));
                        self.emit(Op::CompareOp, CmpOp::Ge as u32);
                    }
                    None => {
                        self.load_const(Value::small_int(n as i64));
                        self.emit(Op::CompareOp, CmpOp::Eq as u32);
                    }
                }
                self.emit_jump(Op::PopJumpIfFalse, fail);
                self.emit(Op::LoadFast, subj);
                match star {
                    Some(si) => {
                        self.emit(Op::UnpackEx, si as u32 | ((n - si - 1) as u32) << 8);
                    }
                    None => {
                        self.emit(Op::UnpackSequence, n as u32);
                    }
                }
                let temps: Vec<u32> = (0..n).map(|_| self.new_temp()).collect();
                for t in &temps {
                    self.emit(Op::StoreFast, *t);
                }
                for (i, sp) in s.patterns.iter().enumerate() {
                    match sp {
                        P::MatchStar(st) => {
                            if let Some(name) = &st.name {
                                self.emit(Op::LoadFast, temps[i]);
                                self.store_name(name.as_str());
                            }
                        }
                        _ => self.pattern(sp, temps[i], fail)?,
                    }
                }
            }
            P::MatchMapping(m) => {
                self.emit(Op::LoadFast, subj);
                self.emit(Op::MatchMapping, 0);
                self.emit_jump(Op::PopJumpIfFalse, fail);
                self.emit(Op::LoadFast, subj);
                let mut keys = Vec::new();
                for k in &m.keys {
                    match k {
                        Expr::Constant(c) => keys.push(self.constant(&c.value)),
                        other => {
                            // Dotted-name keys are evaluated at run time.
                            let _ = other;
                            keys.clear();
                            break;
                        }
                    }
                }
                if keys.len() == m.keys.len() {
                    let t = self.vm.new_tuple(keys);
                    self.load_const(t);
                } else {
                    for k in &m.keys {
                        self.expr(k)?;
                    }
                    self.emit(Op::BuildTuple, m.keys.len() as u32);
                }
                let has_rest = m.rest.is_some();
                self.emit(Op::MatchKeys, has_rest as u32);
                let vals = self.new_temp();
                self.emit(Op::StoreFast, vals);
                if has_rest {
                    let rest = self.new_temp();
                    self.emit(Op::StoreFast, rest);
                    self.emit(Op::LoadFast, vals);
                    self.emit_jump(Op::PopJumpIfNone, fail);
                    self.emit(Op::LoadFast, rest);
                    self.store_name(m.rest.as_ref().unwrap().as_str());
                } else {
                    self.emit(Op::LoadFast, vals);
                    self.emit_jump(Op::PopJumpIfNone, fail);
                }
                for (i, sp) in m.patterns.iter().enumerate() {
                    let t = self.new_temp();
                    self.emit(Op::LoadFast, vals);
                    self.load_const(Value::small_int(i as i64));
                    self.emit(Op::BinarySubscr, 0);
                    self.emit(Op::StoreFast, t);
                    self.pattern(sp, t, fail)?;
                }
            }
            P::MatchClass(c) => {
                self.emit(Op::LoadFast, subj);
                self.expr(&c.cls)?;
                let names: Vec<Value> = c.kwd_attrs.iter().map(|a| self.vm.new_str(a.as_str())).collect();
                let t = self.vm.new_tuple(names);
                self.load_const(t);
                self.emit(Op::MatchClass, c.patterns.len() as u32);
                let vals = self.new_temp();
                self.emit(Op::StoreFast, vals);
                self.emit(Op::LoadFast, vals);
                self.emit_jump(Op::PopJumpIfNone, fail);
                for (i, sp) in c.patterns.iter().chain(c.kwd_patterns.iter()).enumerate() {
                    let t = self.new_temp();
                    self.emit(Op::LoadFast, vals);
                    self.load_const(Value::small_int(i as i64));
                    self.emit(Op::BinarySubscr, 0);
                    self.emit(Op::StoreFast, t);
                    self.pattern(sp, t, fail)?;
                }
            }
            P::MatchStar(_) => {}
        }
        Ok(())
    }
}

/// Marks a deref slot as a free variable, numbered from the end of varnames;
/// resolved when the frame is laid out (see `interp::deref_slot`).
pub const FREE_BIT: u32 = 1 << 23;

enum FnBody<'b> {
    Stmts(&'b [Stmt]),
    Expr(&'b Expr),
}

enum CompKind<'b> {
    List(&'b Expr),
    Set(&'b Expr),
    Dict(&'b Expr, &'b Expr),
    Gen(&'b Expr),
}
