//! The trace optimizer: abstract interpretation over a projected trace.
//!
//! One forward pass tracks what is known about each stack slot and local
//! (unknown, a small int, a float; bound or maybe not) and rewrites uops:
//! a guard whose fact is already known is removed, half-known pair guards
//! shrink to one operand, type-checking compare-and-branch uops become typed
//! ones, and loads, stores and pops of values known to be ints or floats
//! skip reference counting (the value word holds them unboxed, so those are
//! plain word moves).
//!
//! Loops get a second pass. Whatever the first pass knows about the locals
//! at the back edge holds at the top of every iteration after the first (a
//! trace is one path; every other path leaves it). So the second pass
//! starts from that knowledge, and a preamble of `_GUARD_LOCAL_*` uops,
//! run once on entry, checks it for the first iteration: the loop body
//! keeps no type guard on its locals at all.
//!
//! Instances: a shape guard that passed teaches the local's shape, and a
//! type guard on a value read from a slot teaches the slot's type. Both
//! last until a micro-op could run Python code (`__del__` of something a
//! release frees, a helper): a store over an int or a float, the release of
//! a value a local (or a caller's local) still holds, or a call inline
//! that did neither keeps them. An argument passed from a local carries
//! what is known of it into the callee, and a new instance starts with no
//! attribute under the class version its call guarded.

use super::uop::{Uop, UopKind};
use crate::value::Value;

/// What is known about a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    Unknown,
    Int,
    Float,
    /// An int or a float, not known which: both operands of a
    /// type-checking compare that stayed on the trace.
    Num,
}

impl Ty {
    fn of_constant(bits: u64) -> Ty {
        // SAFETY: `from_bits` of a constant's word, only inspected (the
        // ManuallyDrop keeps the borrowed reference from being released).
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
        if v.is_small_int() {
            Ty::Int
        } else if v.is_float() {
            Ty::Float
        } else {
            Ty::Unknown
        }
    }
    /// Ints and floats are not heap pointers: no reference counting.
    fn unboxed(self) -> bool {
        self != Ty::Unknown
    }
    /// What is known once a value of type `self` is also known to be `ty`.
    fn refine(self, ty: Ty) -> Ty {
        match (self, ty) {
            (Ty::Unknown, t) => t,
            (Ty::Num, t) if t != Ty::Unknown => t,
            (t, _) => t,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Local {
    ty: Ty,
    bound: bool,
    /// Bumped by every store, so a stack slot knows whether the local it
    /// was loaded from still holds the same value.
    version: u32,
    /// Known to be NULL: a local of a function the trace called inline
    /// that nothing has stored yet (storing releases nothing).
    empty: bool,
    /// The value is an argument the caller passed from one of its own
    /// locals, which holds it until the call returns: releasing this
    /// reference frees nothing.
    held: bool,
}

impl Local {
    fn new(ty: Ty, bound: bool, version: u32) -> Local {
        Local { ty, bound, version, empty: false, held: false }
    }
}

/// A stack slot: its type and, if it was loaded from a local that has not
/// changed since, that local (a guard on the slot teaches the local too).
#[derive(Clone, Copy, Debug)]
struct Slot {
    ty: Ty,
    from: Option<(u32, u32)>,
    /// The value word, when the slot holds a known constant (a method
    /// `_LOAD_METHOD_CONST` pushed, or NULL), or `NONNULL` for a slot known
    /// to hold some value (a method call's self).
    konst: Option<u64>,
    /// The instance slot it was read from, if it was an attribute load:
    /// what a guard then learns about its type holds for the slot too,
    /// while no attribute store came in between.
    attr: Option<Attr>,
}

impl Slot {
    const UNKNOWN: Slot = Slot { ty: Ty::Unknown, from: None, konst: None, attr: None };
}

/// Slot `slot` of the instance in `local` (at `version`), read when
/// `State::stores` was `stores`.
#[derive(Clone, Copy, Debug)]
struct Attr {
    local: u32,
    version: u32,
    slot: u32,
    stores: u32,
}

/// What the pass keeps of a caller while it is inside a function the trace
/// calls inline.
struct Caller {
    locals: Vec<Local>,
    stack: Vec<Slot>,
    shapes: Vec<(u32, u32, u64, u64)>,
    attrs: Vec<(u32, u32, u32, Ty)>,
    /// `State::epoch` and `State::stores` at the call.
    epoch: u32,
    stores: u32,
    fresh: bool,
    /// Whether something else holds the callee's function (a method the
    /// class holds, a local), so releasing the frame's reference frees
    /// nothing.
    func_held: bool,
}

/// `Slot::konst` for "not NULL, value unknown" (no value word has these
/// bits: they are a NaN other than the canonical one).
const NONNULL: u64 = 0x7ff4_0000_0000_0001;

struct State {
    locals: Vec<Local>,
    stack: Vec<Slot>,
    /// Dict versions checked (`_GUARD_DICT_VERSION`: version word's address,
    /// version) since the last uop that could run arbitrary code.
    dicts: Vec<(u64, u64)>,
    /// The callers while the pass is inside functions the trace calls
    /// inline (`_PUSH_FRAME` .. `_RETURN_VALUE`).
    callers: Vec<Caller>,
    /// Instances known to have a shape under a class version: (local, the
    /// local's version, shape, class version), learnt from a guard that
    /// passed, until anything could run Python code.
    shapes: Vec<(u32, u32, u64, u64)>,
    /// Types known of instance slots: (local, the local's version, slot,
    /// type), learnt from guards on values read from the slot, kept while
    /// the shape facts are and dropped for a slot index any store writes.
    attrs: Vec<(u32, u32, u32, Ty)>,
    /// Counts attribute stores, so a slot read before one learns nothing
    /// about the slot after it.
    stores: u32,
    /// Counts `forget`s, so a return knows whether its callee could have
    /// run Python code.
    epoch: u32,
    /// Locals not yet seen are NULL (inside a function called inline),
    /// rather than unknown.
    fresh: bool,
}

impl State {
    fn new(nlocals: usize) -> State {
        State {
            locals: vec![Local::new(Ty::Unknown, false, 0); nlocals],
            stack: Vec::new(),
            dicts: Vec::new(),
            callers: Vec::new(),
            shapes: Vec::new(),
            attrs: Vec::new(),
            stores: 0,
            epoch: 0,
            fresh: false,
        }
    }
    /// After a uop that may run Python code: no dict version and no
    /// instance's shape is known any more.
    fn forget(&mut self) {
        self.dicts.clear();
        self.shapes.clear();
        self.attrs.clear();
        self.epoch += 1;
        self.stores += 1;
    }
    /// The local a slot was loaded from, if the local still holds it.
    fn source(&self, slot: &Slot) -> Option<(u32, u32)> {
        let (n, version) = slot.from?;
        (self.locals.get(n as usize)?.version == version).then_some((n, version))
    }
    fn local(&mut self, n: u32) -> &mut Local {
        let n = n as usize;
        if n >= self.locals.len() {
            let unseen = Local { empty: self.fresh, ..Local::new(Ty::Unknown, false, 0) };
            self.locals.resize(n + 1, unseen);
        }
        &mut self.locals[n]
    }
    fn push(&mut self, ty: Ty) {
        self.stack.push(Slot { ty, ..Slot::UNKNOWN });
    }
    fn pop(&mut self) -> Slot {
        // The trace starts with the loop head's stack, which the trace never
        // pops below (the bytecode compiler balances a loop body), but an
        // unknown slot is the safe answer either way.
        self.stack.pop().unwrap_or(Slot::UNKNOWN)
    }
    /// The type of the slot `depth` from the top (1 = top).
    fn peek(&self, depth: usize) -> Ty {
        self.stack.len().checked_sub(depth).map_or(Ty::Unknown, |i| self.stack[i].ty)
    }
    /// Records that the slot `depth` from the top has type `ty`, and so has
    /// the local it came from.
    fn learn(&mut self, depth: usize, ty: Ty) {
        let Some(i) = self.stack.len().checked_sub(depth) else { return };
        self.stack[i].ty = ty;
        if let Some((n, version)) = self.stack[i].from {
            let l = self.local(n);
            if l.version == version {
                l.ty = ty;
            }
        }
        if let Some(a) = self.stack[i].attr {
            if a.stores == self.stores {
                self.attrs.retain(|&(n, v, k, _)| (n, v, k) != (a.local, a.version, a.slot));
                self.attrs.push((a.local, a.version, a.slot, ty));
            }
        }
    }
    /// `learn`, keeping a more precise type already known.
    fn refine(&mut self, depth: usize, ty: Ty) {
        let t = self.peek(depth).refine(ty);
        self.learn(depth, t);
    }
    /// The type known of slot `slot` of the instance in local `n`.
    fn attr_ty(&self, (n, v): (u32, u32), slot: u32) -> Ty {
        self.attrs.iter().find(|&&(m, w, k, _)| (m, w, k) == (n, v, slot)).map_or(Ty::Unknown, |a| a.3)
    }
    /// After a store into slot `slot` of the instance in local `n`, of a
    /// value of type `ty`: no type is known for that slot of any instance
    /// (another local may hold the same one), except the stored one.
    fn stored_attr(&mut self, n: Option<(u32, u32)>, slot: u32, ty: Ty) {
        self.stores += 1;
        self.attrs.retain(|a| a.2 != slot);
        if let (Some((n, v)), true) = (n, ty != Ty::Unknown) {
            self.attrs.push((n, v, slot, ty));
        }
    }
}

/// Statistics of one optimization, for `-X jit-stats` and dumps.
#[derive(Clone, Copy, Debug, Default)]
pub struct Report {
    pub guards_removed: usize,
    pub hoisted: usize,
}

/// Optimizes `trace` (as projected). Returns the optimized trace and the
/// index of the loop's first uop (after the preamble): `_JUMP_TO_TOP` jumps
/// there.
pub fn optimize(trace: &[Uop], nlocals: usize) -> (Vec<Uop>, usize, Report) {
    let (mut uops, top, report) = optimize_types(trace, nlocals);
    fuse_slices(&mut uops);
    fuse_reverse_prefix(&mut uops, top);
    fuse_list_items(&mut uops, top);
    fuse_slot_items(&mut uops, top);
    (uops, top, report)
}

/// `local[k] op= x` on a list of floats, as one uop after x: the seven uops
/// `_LOAD_FAST n; _LOAD_CONST k; _BINARY_SUBSCR_KEEP_LIST_CONST k; <x>;
/// [_GUARD_NOS_FLOAT;] _BINARY_OP_<op>_FLOAT; _STORE_SUBSCR_UNDER_LIST_CONST
/// k` become `<x>; _LIST_ITEM_<op>_FLOAT n k` (see list_item_float.h), which
/// reads the list from its local in place and the item once, and stores the
/// result without count traffic. Computing x moves before the item's read,
/// so it must have no effect but pushing one value and no way to leave the
/// trace: only loads of locals that hold ints or floats, constants and
/// float arithmetic, which also keep the local holding the list. The float
/// uop had no guard on its right operand, so x is known to be a float. The
/// fused uop leaves at the subscript, with the list and the key on the
/// stack as they were there. Runs after the type passes, on their output;
/// the uops it takes out all lie at or after the loop's first, `top`.
fn fuse_list_items(uops: &mut Vec<Uop>, top: usize) {
    fuse_around_value(uops, top, 3, list_item_region);
}

/// Rewrites every region from `top` on that `region` finds (where x ends,
/// the region's last uop, the fused uop; x starts `lead` uops in): x keeps
/// its place and the uops around it give way to the fused uop after it.
fn fuse_around_value(
    uops: &mut Vec<Uop>,
    top: usize,
    lead: usize,
    region: fn(&[Uop], usize) -> Option<(usize, usize, Uop)>,
) {
    let mut i = top;
    while i + lead < uops.len() {
        if let Some((x_end, end, fused)) = region(uops, i) {
            let x: Vec<Uop> = uops[i + lead..x_end].to_vec();
            let len = x.len();
            uops.splice(i..=end, x.into_iter().chain([fused]));
            i += len;
        }
        i += 1;
    }
}

/// When the uops from `i` are the pattern fuse_list_items rewrites: where x
/// ends, the index of the `_STORE_SUBSCR_UNDER_LIST_CONST`, and the fused
/// uop.
fn list_item_region(uops: &[Uop], i: usize) -> Option<(usize, usize, Uop)> {
    let (load, konst, keep) = (uops[i], uops[i + 1], uops[i + 2]);
    if load.kind != UopKind::LoadFast
        || load.oparg > 0xffff
        || !matches!(konst.kind, UopKind::LoadConstInline | UopKind::LoadConstInlineNoref)
        || keep.kind != UopKind::BinarySubscrKeepListConst
        || konst.operand != Value::small_int(i64::from(keep.oparg)).bits()
    {
        return None;
    }
    // x: pure uops that leave exactly one more value on the stack.
    let j = pure_value_end(uops, i + 3)?;
    let guard = uops[j].kind == UopKind::GuardNosFloat;
    let (op, store) = (uops.get(j + usize::from(guard))?, uops.get(j + 1 + usize::from(guard))?);
    let kind = match op.kind {
        UopKind::BinaryOpAddFloat => UopKind::ListItemAddFloat,
        UopKind::BinaryOpSubFloat => UopKind::ListItemSubFloat,
        UopKind::BinaryOpMulFloat => UopKind::ListItemMulFloat,
        _ => return None,
    };
    if store.kind != UopKind::StoreSubscrUnderListConst || store.oparg != keep.oparg {
        return None;
    }
    let fused = Uop::new(kind, keep.exit_pc).oparg(load.oparg | keep.oparg << 16);
    Some((j, j + 1 + usize::from(guard), fused))
}

/// `local.attr op= x` on an attribute holding a float, as one uop after x:
/// `_LOAD_FAST n; _LOAD_ATTR_SLOT_LOCAL n k; <x>; [_GUARD_NOS_FLOAT;]
/// _BINARY_OP_<op>_FLOAT; _STORE_ATTR_SLOT_LOCAL n k; _POP_TOP` become
/// `<x>; _SLOT_ITEM_<op>_FLOAT n k` (see slot_item_float.h), with no count
/// taken on the instance and the attribute read and written in place. As in
/// fuse_list_items, x must be pure and unable to leave (so the local still
/// holds the instance, whose shape and class the `_SLOT_` uops say are
/// known), and the fused uop leaves where the attribute's load did, with
/// the stack as it was there.
fn fuse_slot_items(uops: &mut Vec<Uop>, top: usize) {
    fuse_around_value(uops, top, 2, slot_item_region);
}

/// When the uops from `i` are the pattern fuse_slot_items rewrites: where x
/// ends, the index of the `_POP_TOP`, and the fused uop.
fn slot_item_region(uops: &[Uop], i: usize) -> Option<(usize, usize, Uop)> {
    let (load, attr) = (uops[i], uops[i + 1]);
    if load.kind != UopKind::LoadFast || attr.kind != UopKind::LoadAttrSlotLocal || attr.oparg & 0xffff != load.oparg {
        return None;
    }
    let j = pure_value_end(uops, i + 2)?;
    let guard = uops[j].kind == UopKind::GuardNosFloat;
    let at = |k: usize| uops.get(j + usize::from(guard) + k);
    let (op, store, pop) = (at(0)?, at(1)?, at(2)?);
    let kind = match op.kind {
        UopKind::BinaryOpAddFloat => UopKind::SlotItemAddFloat,
        UopKind::BinaryOpSubFloat => UopKind::SlotItemSubFloat,
        UopKind::BinaryOpMulFloat => UopKind::SlotItemMulFloat,
        UopKind::BinaryOpDivFloat => UopKind::SlotItemDivFloat,
        _ => return None,
    };
    if store.kind != UopKind::StoreAttrSlotLocal || store.oparg != attr.oparg || pop.kind != UopKind::PopTop {
        return None;
    }
    let fused = Uop::new(kind, attr.exit_pc).oparg(attr.oparg);
    Some((j, j + 2 + usize::from(guard), fused))
}

/// Where the pure uops from `start` end, when they leave exactly one more
/// value on the stack (and there is at least one): loads of locals that
/// hold ints or floats, constants, and float arithmetic, none of which can
/// leave the trace or change anything but the stack.
fn pure_value_end(uops: &[Uop], start: usize) -> Option<usize> {
    let mut depth = 0u32;
    let mut j = start;
    loop {
        let u = uops.get(j)?;
        let pure = matches!(
            u.kind,
            UopKind::LoadFastNoref
                | UopKind::LoadConstInlineNoref
                | UopKind::BinaryOpAddFloat
                | UopKind::BinaryOpSubFloat
                | UopKind::BinaryOpMulFloat
                | UopKind::BinaryOpAddFloatLl
                | UopKind::BinaryOpSubFloatLl
                | UopKind::BinaryOpMulFloatLl
                | UopKind::IntToFloatTos
                | UopKind::IntToFloatNos
        );
        let (pops, pushes) = u.stack_effect();
        // x ends before a uop that is not pure or that would take what lies
        // under x (the operation x is the right operand of).
        if !pure || pops > depth {
            break;
        }
        depth = depth - pops + pushes;
        j += 1;
    }
    (depth == 1 && j > start).then_some(j)
}

fn optimize_types(trace: &[Uop], nlocals: usize) -> (Vec<Uop>, usize, Report) {
    let loops = trace.last().is_some_and(|u| u.kind == UopKind::JumpToTop);
    let (first, end_state, mut report) = pass(trace, State::new(nlocals));
    if !loops {
        return (first, 0, report);
    }
    // Start the loop with what holds at its back edge, checked once; what
    // the body then learns can feed the next round (a compare that meets one
    // known operand teaches the other), so repeat while knowledge grows.
    let mut best: Option<(Vec<Uop>, usize, Report)> = None;
    let mut known = end_state;
    for _ in 0..4 {
        let (preamble, start) = assume(&known, trace.first().map_or(0, |u| u.exit_pc));
        let (body, end, r) = pass(trace, start);
        // The assumption must be reproduced by the body itself: each local
        // known at the top is known the same way at the back edge.
        let holds = preamble.iter().all(|g| {
            if g.kind == UopKind::GuardDictVersion {
                return end.dicts.contains(&(g.operand, g.operand1));
            }
            let l = end.locals[g.oparg as usize];
            match g.kind {
                UopKind::GuardLocalInt => l.ty == Ty::Int,
                UopKind::GuardLocalFloat => l.ty == Ty::Float,
                _ => l.bound,
            }
        });
        if !holds {
            break;
        }
        report.guards_removed = r.guards_removed;
        report.hoisted = preamble.len();
        let top = preamble.len();
        let mut uops = preamble;
        uops.extend(body);
        best = Some((uops, top, report));
        if end.dicts == known.dicts
            && end.locals.iter().zip(&known.locals).all(|(a, b)| a.ty == b.ty && a.bound == b.bound)
        {
            break;
        }
        known = end;
    }
    best.unwrap_or((first, 0, report))
}

/// The preamble of guards establishing what `known` says about the locals,
/// and the state the loop body starts from after it. Guards resume at the
/// loop head `head`, before the trace has done anything.
fn assume(known: &State, head: u32) -> (Vec<Uop>, State) {
    let mut preamble = Vec::new();
    let mut start = State::new(known.locals.len());
    for (n, l) in known.locals.iter().enumerate() {
        let guard = match l.ty {
            Ty::Int => UopKind::GuardLocalInt,
            Ty::Float => UopKind::GuardLocalFloat,
            Ty::Unknown | Ty::Num if l.bound => UopKind::CheckLocalBound,
            Ty::Unknown | Ty::Num => continue,
        };
        preamble.push(Uop::new(guard, head).oparg(n as u32));
        // An int-or-float has no guard: the body starts not knowing it.
        let ty = if l.ty == Ty::Num { Ty::Unknown } else { l.ty };
        start.locals[n] = Local::new(ty, true, 0);
    }
    for &(address, version) in &known.dicts {
        preamble.push(Uop::new(UopKind::GuardDictVersion, head).operand(address).operand1(version));
    }
    start.dicts = known.dicts.clone();
    (preamble, start)
}

/// One forward pass from `state`; returns the rewritten uops and the state
/// at the end.
fn pass(trace: &[Uop], mut s: State) -> (Vec<Uop>, State, Report) {
    let mut out: Vec<Uop> = Vec::with_capacity(trace.len());
    let mut report = Report::default();
    for &u in trace {
        let mut u = u;
        let mut keep = true;
        // Whether the uop was folded into the one before it.
        let mut absorbed = false;
        constant_index(&s, &mut u);
        match u.kind {
            UopKind::CheckLocalBound => {
                let l = s.local(u.oparg);
                keep = !l.bound;
                l.bound = true;
            }
            UopKind::GuardLocalInt | UopKind::GuardLocalFloat => {
                let ty = if u.kind == UopKind::GuardLocalInt { Ty::Int } else { Ty::Float };
                let l = s.local(u.oparg);
                keep = l.ty != ty;
                l.ty = ty;
                l.bound = true;
            }
            UopKind::LoadFast | UopKind::LoadFastNoref => {
                let l = *s.local(u.oparg);
                if l.ty.unboxed() {
                    u.kind = UopKind::LoadFastNoref;
                }
                s.stack.push(Slot { ty: l.ty, from: Some((u.oparg, l.version)), ..Slot::UNKNOWN });
            }
            UopKind::StoreFast | UopKind::StoreFastNoref => {
                let v = s.pop();
                let old = *s.local(u.oparg);
                if old.ty.unboxed() || old.empty {
                    u.kind = UopKind::StoreFastNoref;
                    // A float operation on two locals right before stores its
                    // result itself (the operand is the local's offset).
                    let fused = out.last().and_then(|p| {
                        Some(match p.kind {
                            UopKind::BinaryOpAddFloatLl => UopKind::BinaryOpAddFloatLlStore,
                            UopKind::BinaryOpSubFloatLl => UopKind::BinaryOpSubFloatLlStore,
                            UopKind::BinaryOpMulFloatLl => UopKind::BinaryOpMulFloatLlStore,
                            UopKind::BinaryOpAddFloatLlGuard => UopKind::BinaryOpAddFloatLlGuardStore,
                            UopKind::BinaryOpSubFloatLlGuard => UopKind::BinaryOpSubFloatLlGuardStore,
                            UopKind::BinaryOpMulFloatLlGuard => UopKind::BinaryOpMulFloatLlGuardStore,
                            _ => return None,
                        })
                    });
                    if let (Some(kind), Some(p)) = (fused, out.last_mut()) {
                        p.kind = kind;
                        p.operand = u64::from(u.oparg) * 8;
                        absorbed = true;
                    }
                } else if !old.held && s.source(&v) != Some((u.oparg, old.version)) {
                    // Releasing the old value may run `__del__` (unless a
                    // caller holds it too, or it is the value stored).
                    s.forget();
                }
                *s.local(u.oparg) = Local::new(v.ty, true, old.version + 1);
            }
            UopKind::LoadConstInline => {
                // A constant that is no heap object (an int, a float, None,
                // a bool) has no count to take.
                if u.operand < crate::value::TAG_PTR {
                    u.kind = UopKind::LoadConstInlineNoref;
                }
                s.stack.push(Slot { ty: Ty::of_constant(u.operand), konst: Some(u.operand), ..Slot::UNKNOWN });
            }
            UopKind::PopTop | UopKind::PopTopNoref => {
                let v = s.pop();
                if v.ty.unboxed() {
                    u.kind = UopKind::PopTopNoref;
                } else if s.source(&v).is_none() {
                    // Releasing it may run `__del__`, unless a local holds
                    // it too.
                    s.forget();
                }
            }
            UopKind::GuardBothInt | UopKind::GuardBothFloat => {
                let ty = if u.kind == UopKind::GuardBothInt { Ty::Int } else { Ty::Float };
                let (tos, nos) = (s.peek(1) == ty, s.peek(2) == ty);
                u.kind = match (tos, nos, ty) {
                    (true, true, _) => {
                        keep = false;
                        u.kind
                    }
                    (true, false, Ty::Int) => UopKind::GuardNosInt,
                    (true, false, _) => UopKind::GuardNosFloat,
                    (false, true, Ty::Int) => UopKind::GuardTosInt,
                    (false, true, _) => UopKind::GuardTosFloat,
                    _ => u.kind,
                };
                s.learn(1, ty);
                s.learn(2, ty);
            }
            UopKind::GuardTosInt | UopKind::GuardTosFloat | UopKind::GuardNosInt | UopKind::GuardNosFloat => {
                let ty =
                    if matches!(u.kind, UopKind::GuardTosInt | UopKind::GuardNosInt) { Ty::Int } else { Ty::Float };
                let depth = if matches!(u.kind, UopKind::GuardTosInt | UopKind::GuardTosFloat) { 1 } else { 2 };
                keep = s.peek(depth) != ty;
                s.learn(depth, ty);
            }
            UopKind::BinaryOpAddInt | UopKind::BinaryOpSubInt | UopKind::BinaryOpMulInt => {
                s.pop();
                s.pop();
                s.push(Ty::Int);
            }
            UopKind::BinaryOpAddFloat
            | UopKind::BinaryOpSubFloat
            | UopKind::BinaryOpMulFloat
            | UopKind::BinaryOpDivFloat => {
                s.pop();
                s.pop();
                s.push(Ty::Float);
                // Both operands pushed from locals right before: one
                // micro-op reads the two locals and pushes only the result.
                // When this instruction's float guard is still there, the
                // fused micro-op checks both itself and, when one is no
                // float, pushes both and leaves where the guard would have
                // (the first load may share its instruction with a store,
                // `StoreFastLoadFast`, so it is no place to resume).
                let fused = match u.kind {
                    UopKind::BinaryOpAddFloat => Some((UopKind::BinaryOpAddFloatLl, UopKind::BinaryOpAddFloatLlGuard)),
                    UopKind::BinaryOpSubFloat => Some((UopKind::BinaryOpSubFloatLl, UopKind::BinaryOpSubFloatLlGuard)),
                    UopKind::BinaryOpMulFloat => Some((UopKind::BinaryOpMulFloatLl, UopKind::BinaryOpMulFloatLlGuard)),
                    _ => None,
                };
                let local = |x: &Uop, noref: bool| {
                    (x.kind == UopKind::LoadFastNoref || (!noref && x.kind == UopKind::LoadFast)) && x.oparg <= 0xffff
                };
                let float_guard = |g: &Uop| {
                    matches!(g.kind, UopKind::GuardBothFloat | UopKind::GuardNosFloat | UopKind::GuardTosFloat)
                };
                match (fused, out.as_slice()) {
                    (Some((_, guarded)), [.., a, b, g])
                        if float_guard(g) && g.exit_pc == u.exit_pc && local(a, false) && local(b, false) =>
                    {
                        u.oparg = a.oparg | b.oparg << 16;
                        u.exit_pc = g.exit_pc;
                        u.kind = guarded;
                        out.truncate(out.len() - 3);
                    }
                    (Some((plain, _)), [.., a, b]) if local(a, true) && local(b, true) => {
                        u.oparg = a.oparg | b.oparg << 16;
                        u.kind = plain;
                        out.truncate(out.len() - 2);
                    }
                    _ => {}
                }
            }
            UopKind::BinaryOpNumAdd
            | UopKind::BinaryOpNumSub
            | UopKind::BinaryOpNumMul
            | UopKind::BinaryOpNumTruediv
                if as_floats(&s, &mut out, &u) =>
            {
                // Now two floats: the float micro-op, which runs no helper.
                u.kind = match u.kind {
                    UopKind::BinaryOpNumAdd => UopKind::BinaryOpAddFloat,
                    UopKind::BinaryOpNumSub => UopKind::BinaryOpSubFloat,
                    UopKind::BinaryOpNumMul => UopKind::BinaryOpMulFloat,
                    _ => UopKind::BinaryOpDivFloat,
                };
                s.pop();
                s.pop();
                s.push(Ty::Float);
            }
            UopKind::BinaryOpNumFloordiv | UopKind::BinaryOpNumMod if power_of_two_divisor(&s, &out).is_some() => {
                // An int by a constant power of two: a shift or a mask, with
                // the constant's load gone (see power_of_two_divisor).
                u.oparg = power_of_two_divisor(&s, &out).unwrap_or_default();
                u.kind = if u.kind == UopKind::BinaryOpNumFloordiv {
                    UopKind::BinaryOpFloordivIntShift
                } else {
                    UopKind::BinaryOpModIntMask
                };
                out.pop();
                s.pop();
                s.pop();
                s.push(Ty::Int);
            }
            UopKind::BinaryOpNumAdd
            | UopKind::BinaryOpNumSub
            | UopKind::BinaryOpNumMul
            | UopKind::BinaryOpNumTruediv => {
                // With both operands numbers and at least one a float (or a
                // true division), the fast path's float is the only result
                // that stays on the trace; anything else may be any type.
                let (b, a) = (s.pop().ty, s.pop().ty);
                let float = a.unboxed()
                    && b.unboxed()
                    && (a == Ty::Float || b == Ty::Float || u.kind == UopKind::BinaryOpNumTruediv);
                s.forget();
                s.push(if float { Ty::Float } else { Ty::Unknown });
            }
            UopKind::BinaryOpNumPow if s.peek(1) == Ty::Float && s.peek(2) == Ty::Float => {
                // Two floats: libm's pow inline, leaving the trace for every
                // case that would not give a float, so the result is one.
                u.kind = UopKind::BinaryOpPowFloat;
                s.pop();
                s.pop();
                s.push(Ty::Float);
            }
            UopKind::CallNativeF64 => {
                // Only a finite float stays on the trace.
                s.pop();
                s.pop();
                s.pop();
                s.push(Ty::Float);
            }
            UopKind::GuardDictVersion => {
                let d = (u.operand, u.operand1);
                keep = !s.dicts.contains(&d);
                if keep {
                    s.dicts.push(d);
                }
            }
            UopKind::LoadAttrInstance => {
                let obj = s.pop();
                let source = s.source(&obj);
                let (shape, version, slot) = (u.operand, u.operand1, u.oparg);
                let fact = |(n, v): (u32, u32)| (n, v, shape, version);
                // `_LOAD_FAST n` (or `_COPY 1` of what it pushed) right
                // before: read the local in place.
                match fuse_local_attr(&s, &mut out, &mut u, &obj, true) {
                    Some(true) => {
                        u.kind = UopKind::LoadAttrSlotLocal;
                        report.guards_removed += 1;
                    }
                    Some(false) => {
                        u.kind = UopKind::LoadAttrInstanceLocal;
                        s.shapes.extend(source.map(fact));
                    }
                    None => {
                        // Releasing the instance may run `__del__`, unless
                        // a local holds it too.
                        if source.is_none() {
                            s.forget();
                        }
                        s.shapes.extend(source.map(fact));
                    }
                }
                let ty = source.map_or(Ty::Unknown, |src| s.attr_ty(src, slot));
                let attr = source.map(|(local, version)| Attr { local, version, slot, stores: s.stores });
                s.stack.push(Slot { ty, attr, ..Slot::UNKNOWN });
            }
            UopKind::StoreAttrInstance => {
                let obj = s.pop();
                let value = s.pop();
                let source = s.source(&obj);
                let (shape, version, slot) = (u.operand, u.operand1, u.oparg);
                let known = source.is_some_and(|(n, v)| s.shapes.contains(&(n, v, shape, version)));
                // The instance's release frees nothing when a local holds
                // it, nor the old value's when it is an int or a float:
                // then no Python code runs and what is known stays known.
                let quiet = source.is_some_and(|src| s.attr_ty(src, slot).unboxed());
                // `_LOAD_FAST n` right before: the instance stays in its
                // local, no count taken; a known shape needs no guard.
                match fuse_local_attr(&s, &mut out, &mut u, &obj, false) {
                    Some(true) => {
                        u.kind = UopKind::StoreAttrSlotLocal;
                        report.guards_removed += 1;
                    }
                    Some(false) => u.kind = UopKind::StoreAttrInstanceLocal,
                    None if known
                        && slot <= 0xffff
                        && source.is_some_and(|(n, _)| n <= 0xffff)
                        && out.last().is_some_and(|p| p.kind == UopKind::Swap && p.oparg == 2) =>
                    {
                        // `obj.x op= v`: `_SWAP 2` put the value under the
                        // instance, a local's, of known shape. Store from the
                        // local without the swap, then pop the instance.
                        // Neither leaves, so no exit sees the unswapped
                        // stack.
                        let (n, _) = source.unwrap_or_default();
                        out.pop();
                        let store = Uop { kind: UopKind::StoreAttrSlotLocal, oparg: slot << 16 | n, ..u };
                        out.push(store);
                        u = Uop { kind: UopKind::PopTop, oparg: 0, operand: 0, operand1: 0, ..u };
                        report.guards_removed += 1;
                    }
                    None => {}
                }
                if quiet {
                    // The guard (if any) passed: the shape holds.
                    s.shapes.extend(source.map(|(n, v)| (n, v, shape, version)).filter(|f| !s.shapes.contains(f)));
                } else {
                    // Releasing the slot's old value may run `__del__`.
                    s.forget();
                }
                s.stored_attr(source, slot, value.ty);
            }
            UopKind::GuardInstance => {
                if let Some(src) = s.stack.last().and_then(|top| s.source(top)) {
                    let fact = (src.0, src.1, u.operand, u.operand1);
                    keep = !s.shapes.contains(&fact);
                    if keep {
                        s.shapes.push(fact);
                    }
                }
            }
            UopKind::LoadMethodConst => {
                // The self slot holds the instance the load popped: if that
                // came from a local, so does the self (and a call inline
                // knows what the caller knew of it).
                let obj = s.pop();
                s.stack.push(Slot { konst: Some(u.operand), ..Slot::UNKNOWN });
                s.stack.push(Slot { from: obj.from, konst: Some(NONNULL), ..Slot::UNKNOWN });
            }
            UopKind::PushNull => s.stack.push(Slot { konst: Some(Value::NULL.bits()), ..Slot::UNKNOWN }),
            UopKind::GuardCallable => {
                // Known when the callable slot holds the very function (a
                // method pushed as a constant) and the self slot is known
                // to be filled, or empty, as the guard expects.
                let n = (u.oparg & 0xffff) as usize;
                let has_self = u.oparg >> 16 & 1 != 0;
                let at = |d: usize| s.stack.len().checked_sub(d).and_then(|i| s.stack[i].konst);
                let self_ok = match at(n + 1) {
                    Some(k) if has_self => k != Value::NULL.bits(),
                    Some(k) => k == Value::NULL.bits(),
                    None => false,
                };
                keep = !(at(n + 2) == Some(u.operand) && self_ok);
            }
            UopKind::PushFrame | UopKind::PushInitFrame => {
                // The callee's locals start as its arguments (and self; for
                // `__init__`, the new instance).
                let init = u.kind == UopKind::PushInitFrame;
                let n =
                    if init { u.oparg as usize } else { (u.oparg & 0xffff) as usize + (u.oparg >> 16 & 1) as usize };
                let mut args: Vec<Slot> = s.stack.split_off(s.stack.len().saturating_sub(n));
                // Arguments below what the trace knows of are unknown.
                while args.len() < n {
                    args.insert(0, Slot::UNKNOWN);
                }
                let mut callable = s.pop();
                if init || u.oparg >> 16 & 1 == 0 {
                    callable = s.pop();
                }
                if init {
                    args.insert(0, Slot::UNKNOWN);
                }
                // The function is held elsewhere when it is a constant (a
                // method its class holds) or a local's; `__init__` by its
                // class, which the new instance holds.
                let func_held = init
                    || callable.konst.is_some_and(|k| k != Value::NULL.bits() && k != NONNULL)
                    || s.source(&callable).is_some();
                // Instance facts name the caller's locals: an argument
                // passed from a local takes what is known of its value.
                let (mut shapes, mut attrs) = (Vec::new(), Vec::new());
                let mut locals = Vec::with_capacity(args.len());
                for (i, a) in args.iter().enumerate() {
                    let i = i as u32;
                    let src = s.source(a);
                    if let Some(src) = src {
                        shapes.extend(s.shapes.iter().filter(|f| (f.0, f.1) == src).map(|f| (i, 0, f.2, f.3)));
                        attrs.extend(s.attrs.iter().filter(|f| (f.0, f.1) == src).map(|f| (i, 0, f.2, f.3)));
                    }
                    locals.push(Local { held: src.is_some(), ..Local::new(a.ty, true, 0) });
                }
                // `__init__`'s instance is new: no attribute yet, of the
                // class whose version `_GUARD_CLASS_VERSION` just checked.
                if let (true, Some(g)) = (init, out.last().filter(|g| g.kind == UopKind::GuardClassVersion)) {
                    shapes.push((0, 0, crate::class::Shape::root() as *const crate::class::Shape as u64, g.operand));
                }
                let caller = Caller {
                    locals: std::mem::replace(&mut s.locals, locals),
                    stack: std::mem::take(&mut s.stack),
                    shapes: std::mem::replace(&mut s.shapes, shapes),
                    attrs: std::mem::replace(&mut s.attrs, attrs),
                    epoch: s.epoch,
                    stores: s.stores,
                    fresh: std::mem::replace(&mut s.fresh, true),
                    func_held,
                };
                s.callers.push(caller);
            }
            UopKind::ReturnValue | UopKind::ReturnInit => {
                let v = s.pop();
                // `__init__` returns None (else it raises); the caller gets
                // the instance.
                let v = if u.kind == UopKind::ReturnInit { Slot::UNKNOWN } else { v };
                // Releasing the callee's locals and function frees nothing
                // when each is NULL, an int or a float, or held by the
                // caller too: then, if nothing in the callee could run
                // Python code either, what the caller knew still holds
                // (but not of attributes, if the callee stored any).
                // `__init__`'s `self`, unless rebound, is the frame's result
                // too, which the caller gets.
                let init = u.kind == UopKind::ReturnInit;
                let frees_nothing = s.stack.iter().all(|x| x.ty.unboxed())
                    && s.locals
                        .iter()
                        .enumerate()
                        .all(|(i, l)| l.empty || l.held || l.ty.unboxed() || (init && i == 0 && l.version == 0));
                // The locals that may hold a heap object (each held by the
                // caller too), for `_RETURN_VALUE_HELD`.
                let held = s.locals.iter().enumerate().filter(|(_, l)| !l.empty && !l.ty.unboxed()).map(|(i, _)| i);
                let mask = held.map(|i| 1u64.checked_shl(i as u32)).try_fold(0u64, |m, b| b.map(|b| m | b));
                let quiet = s.callers.last().is_some_and(|c| frees_nothing && c.func_held && c.epoch == s.epoch);
                if let (true, Some(mask)) = (frees_nothing, mask) {
                    // No local's release frees anything (whatever the callee
                    // ran, the caller's locals still hold its arguments):
                    // their counts drop with no check and no call. So does
                    // the function's when its holder cannot have changed;
                    // otherwise it is released in full.
                    u.kind = match (init, quiet) {
                        (false, true) => UopKind::ReturnValueHeld,
                        (false, false) => UopKind::ReturnValueHeldLocals,
                        (true, true) => UopKind::ReturnInitHeld,
                        (true, false) => UopKind::ReturnInitHeldLocals,
                    };
                    u.operand = mask;
                }
                if let Some(c) = s.callers.pop() {
                    let stored = c.stores != s.stores;
                    s.locals = c.locals;
                    s.stack = c.stack;
                    s.shapes = c.shapes;
                    s.attrs = c.attrs;
                    s.fresh = c.fresh;
                    if !quiet {
                        s.forget();
                    } else if stored {
                        s.attrs.clear();
                    }
                } else {
                    // A side trace that started inside the call returns to
                    // a caller it knows nothing of.
                    s.locals.clear();
                    s.stack.clear();
                    s.forget();
                }
                s.push(v.ty);
            }
            UopKind::LoadMethodPoly => {
                // The self slot holds the instance the load popped (or, when
                // the general case found no method, NULL, which the call's
                // `_GUARD_CALLABLE` then turns away before any callee sees
                // it): if that came from a local, so does the self.
                let obj = s.pop();
                s.forget();
                s.push(Ty::Unknown);
                s.stack.push(Slot { from: obj.from, ..Slot::UNKNOWN });
            }
            UopKind::LoadAttrPoly => {
                // `_LOAD_FAST n` right before: read the local in place (no
                // count traffic on the instance). The general case it may
                // run can run Python code either way.
                let obj = s.pop();
                // Its oparg is 0, so the fused one holds just the local.
                if fuse_local_attr(&s, &mut out, &mut u, &obj, false).is_some() {
                    u.kind = UopKind::LoadAttrPolyLocal;
                }
                s.forget();
                s.push(Ty::Unknown);
            }
            UopKind::StoreAttrInstanceAdd => {
                let obj = s.pop();
                let value = s.pop();
                let source = s.source(&obj);
                // The `_GUARD_INSTANCE` before it checked the shape (or the
                // pass knew it): appending the slot runs no Python code (a
                // full vector grows in a helper) and the instance, a
                // local's, is not freed. Every instance with the old shape
                // now has the new one, or has another.
                let old = source.and_then(|(n, v)| s.shapes.iter().find(|f| (f.0, f.1) == (n, v)).copied());
                if let (Some((n, v)), Some((_, _, shape, version))) = (source, old) {
                    // The callers' facts too: one of their locals may hold
                    // this instance, which a return must not find unchanged.
                    s.shapes.retain(|f| f.2 != shape);
                    for c in &mut s.callers {
                        c.shapes.retain(|f| f.2 != shape);
                    }
                    s.shapes.push((n, v, u.operand, version));
                    s.stored_attr(Some((n, v)), u.oparg, value.ty);
                } else {
                    s.forget();
                }
            }
            UopKind::UnpackStore => {
                // Its stores: the locals now hold values of unknown types,
                // and releasing what they held (or the general case) may run
                // Python code.
                s.forget();
                let first = u.oparg & 0xffff;
                for n in first..first + u.operand as u32 {
                    let old = *s.local(n);
                    *s.local(n) = Local::new(Ty::Unknown, true, old.version + 1);
                }
            }
            UopKind::Copy => {
                let n = u.oparg as usize;
                let slot = s.stack.len().checked_sub(n).map(|i| s.stack[i]);
                s.stack.push(slot.unwrap_or(Slot::UNKNOWN));
            }
            UopKind::Swap => {
                let len = s.stack.len();
                if let Some(i) = len.checked_sub(u.oparg as usize) {
                    s.stack.swap(i, len - 1);
                } else if let Some(top) = s.stack.last_mut() {
                    // The other slot is below what the trace knows of.
                    *top = Slot::UNKNOWN;
                }
            }
            k => {
                if k.escapes() {
                    s.forget();
                }
                if let Some(cmp) = k.compare_jump_op() {
                    match (s.peek(1), s.peek(2)) {
                        (Ty::Int, Ty::Int) => u.kind = UopKind::guard_cmp_int(cmp),
                        (Ty::Float, Ty::Float) => u.kind = UopKind::guard_cmp_float(cmp),
                        // The uop stays on the trace only for two ints or two
                        // floats, so one known operand tells the other's type
                        // (and its local's) from here on, and two unknown
                        // ones are at least numbers.
                        (a, b) => {
                            let t = if a == Ty::Int || b == Ty::Int {
                                Ty::Int
                            } else if a == Ty::Float || b == Ty::Float {
                                Ty::Float
                            } else {
                                Ty::Num
                            };
                            s.refine(1, t);
                            s.refine(2, t);
                        }
                    }
                    if u.kind != k {
                        report.guards_removed += 1;
                    }
                }
                let (pops, pushes) = u.stack_effect();
                for _ in 0..pops {
                    s.pop();
                }
                for i in 0..pushes {
                    // `_FOR_ITER_ENUMERATE` pushes the item, then the count.
                    let int = k == UopKind::ForIterRange || (k == UopKind::ForIterEnumerate && i == 1);
                    s.push(if int { Ty::Int } else { Ty::Unknown });
                }
            }
        }
        if absorbed {
        } else if keep {
            out.push(u);
        } else {
            report.guards_removed += 1;
        }
    }
    (out, s, report)
}

/// An attribute uop `u` (slot in its oparg) on `obj`, which the `_LOAD_FAST
/// n` just emitted pushed (or, with `copy`, a `_COPY 1` of the local's
/// value): drops that push and puts the local in `u`'s oparg (low half,
/// `_JIT_LOCAL_OFFSET`; the slot in the high half). Returns whether the
/// instance's shape is known already (a guard on the same value of the
/// local passed since the last uop that could run code), or None when
/// there is no such push to fuse. A fused load that leaves pushes the
/// instance as the dropped push would have.
fn fuse_local_attr(s: &State, out: &mut Vec<Uop>, u: &mut Uop, obj: &Slot, copy: bool) -> Option<bool> {
    let (n, v) = s.source(obj)?;
    let prev = out.last()?;
    let pushed = match prev.kind {
        UopKind::LoadFast => prev.oparg == n,
        UopKind::Copy => copy && prev.oparg == 1,
        _ => false,
    };
    if !pushed || n > 0xffff || u.oparg > 0xffff {
        return None;
    }
    out.pop();
    u.oparg = u.oparg << 16 | n;
    Some(s.shapes.contains(&(n, v, u.operand, u.operand1)))
}

/// `x op 3` or `3 op x` with `x` known to be a float and the constant a
/// small int that a float holds exactly (and not zero): Python converts the
/// int to a float first, so the constant's push becomes the float's, and
/// the caller turns the operation into a float micro-op. Only when nothing
/// between the push and the operation can leave the trace (the constant on
/// top, or under a local's plain load), since an exit there would show the
/// interpreter a float where the program has an int. Returns whether it
/// rewrote the push. A division takes only a constant divisor, so its
/// zero-divisor exit (a float over zero) can never be the one taken with a
/// rewritten constant on the stack.
fn float_with_int_constant(s: &State, out: &mut [Uop], division: bool) -> bool {
    let exact_int = |bits: u64| {
        // SAFETY: a constant's word, only inspected.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
        (v.is_small_int() && v.as_small_int() != 0 && v.as_small_int().unsigned_abs() < 1 << 53)
            .then(|| v.as_small_int())
    };
    let is_const = |u: &Uop| matches!(u.kind, UopKind::LoadConstInline | UopKind::LoadConstInlineNoref);
    let n = out.len();
    let k = match (s.peek(1), s.peek(2)) {
        // The constant on top, pushed by the last micro-op.
        (Ty::Int, Ty::Float) if n >= 1 && is_const(&out[n - 1]) => n - 1,
        // The constant under a float loaded by a plain `_LOAD_FAST`.
        (Ty::Float, Ty::Int)
            if !division
                && n >= 2
                && is_const(&out[n - 2])
                && matches!(out[n - 1].kind, UopKind::LoadFast | UopKind::LoadFastNoref) =>
        {
            n - 2
        }
        _ => return false,
    };
    let depth = if k == n - 1 { 1 } else { 2 };
    let konst = s.stack.len().checked_sub(depth).and_then(|i| s.stack[i].konst);
    match (konst, exact_int(out[k].operand)) {
        (Some(bits), Some(i)) if bits == out[k].operand => {
            out[k].operand = Value::float(i as f64).bits();
            out[k].kind = UopKind::LoadConstInlineNoref;
            true
        }
        _ => false,
    }
}

/// Whether the number uop `u` (`+ - * /`) can run as the float micro-op,
/// after what this emits to make both operands floats: an int constant
/// becomes the float constant (see float_with_int_constant), or, when both
/// operand types are known and one is a float, the int is converted on the
/// stack (`_INT_TO_FLOAT_TOS`/`_NOS`). Python converts an int operand to a
/// float and does the float operation, and so does the trace; the
/// conversion is exact (a small int has 48 bits), and a zero divisor leaves
/// from the float division with the message the interpreter gives for the
/// original operands ("float division by zero"). Two ints stay as they
/// are, even in a true division, whose zero divisor says "division by
/// zero".
fn as_floats(s: &State, out: &mut Vec<Uop>, u: &Uop) -> bool {
    if float_with_int_constant(s, out, u.kind == UopKind::BinaryOpNumTruediv) {
        return true;
    }
    let convert = match (s.peek(2), s.peek(1)) {
        (Ty::Float, Ty::Int) => UopKind::IntToFloatTos,
        (Ty::Int, Ty::Float) => UopKind::IntToFloatNos,
        (Ty::Float, Ty::Float) => return true,
        _ => return false,
    };
    out.push(Uop::new(convert, u.exit_pc));
    true
}

/// `k` when the top of the stack is the constant `2**k` (1 <= k <= 47),
/// pushed by the last uop emitted, and the value under it is a small int:
/// then `x // 2**k` is `x >> k` and `x % 2**k` is `x & (2**k - 1)` (Python
/// floors, and its modulo takes the positive divisor's sign, so both hold
/// for negative `x` too), and the load of the constant can go.
fn power_of_two_divisor(s: &State, out: &[Uop]) -> Option<u32> {
    let last = out.last()?;
    if !matches!(last.kind, UopKind::LoadConstInline | UopKind::LoadConstInlineNoref) || s.peek(2) != Ty::Int {
        return None;
    }
    if s.stack.last()?.konst != Some(last.operand) {
        return None;
    }
    // SAFETY: a constant's word, only inspected (ManuallyDrop).
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(last.operand) });
    if !v.is_small_int() {
        return None;
    }
    let d = v.as_small_int();
    (d > 1 && d.count_ones() == 1).then(|| d.trailing_zeros()).filter(|&k| k <= 47)
}

/// A list subscript whose key the trace knows is a constant from 0 to 65535
/// takes it in the oparg (`_..._LIST_CONST`): no key to test, no end to
/// count from. The stack effect is the same, so the pass then treats the
/// uop like any other.
fn constant_index(s: &State, u: &mut Uop) {
    let (key, kind) = match u.kind {
        UopKind::BinarySubscrListInt => (1, UopKind::BinarySubscrListConst),
        UopKind::BinarySubscrKeepListInt => (1, UopKind::BinarySubscrKeepListConst),
        UopKind::StoreSubscrUnderListInt => (2, UopKind::StoreSubscrUnderListConst),
        _ => return,
    };
    let index = s.stack.len().checked_sub(key).and_then(|i| s.stack[i].konst).and_then(|bits| {
        // SAFETY: a constant's word, only inspected.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
        v.is_small_int().then(|| v.as_small_int()).filter(|i| (0..=0xffff).contains(i))
    });
    if let Some(i) = index {
        u.kind = kind;
        u.oparg = i as u32;
    }
}

/// Where a stack slot of a slice assignment's target came from.
#[derive(Clone, Copy)]
enum Operand {
    /// Loaded from this local.
    Local(u32),
    /// An int: a constant, or computed from ints (maybe a big int).
    Int,
    Other,
}

/// `dst[a:b] = src[c:d:e]` without its temporary list: a `_BINARY_SLICE`
/// whose result is the value of the `_STORE_SLICE` just after it becomes
/// `_BINARY_SLICE_DEFERRED` .. `_STORE_SLICE_FROM_SLICE`, and the pair copies
/// (or reverses) items from list to list. The deferred uop keeps the bounds
/// aside, in the JIT's state, so nothing between the two may run Python
/// code or leave the trace: only loads, constants, and int additions and
/// subtractions (on operands known or guarded to be ints, so the general
/// case of a number uop can only box a big int). Their int guards move
/// before the slice, where they leave with the slice's own operands on the
/// stack (they check the locals the operands were loaded from, which
/// nothing in between stores), and the additions become the number uops,
/// which box an overflow instead of leaving. Runs after the type passes, on
/// their output: what those proved still holds, since guards only move
/// earlier.
fn fuse_slices(uops: &mut Vec<Uop>) {
    let mut i = 0;
    while i < uops.len() {
        if uops[i].kind == UopKind::BinarySlice {
            if let Some((store, hoist)) = slice_region(uops, i) {
                let pc = uops[i].exit_pc;
                let guards = hoist.iter().map(|&n| Uop::new(UopKind::GuardLocalInt, pc).oparg(n));
                let deferred = Uop { kind: UopKind::BinarySliceDeferred, ..uops[i] };
                let between = uops[i + 1..store].iter().filter_map(|&u| match u.kind {
                    UopKind::GuardTosInt | UopKind::GuardNosInt | UopKind::GuardBothInt => None,
                    UopKind::BinaryOpAddInt => {
                        Some(Uop { kind: UopKind::BinaryOpNumAdd, oparg: crate::bytecode::BinOp::Add as u32, ..u })
                    }
                    UopKind::BinaryOpSubInt => {
                        Some(Uop { kind: UopKind::BinaryOpNumSub, oparg: crate::bytecode::BinOp::Sub as u32, ..u })
                    }
                    _ => Some(u),
                });
                let fused: Vec<Uop> = guards
                    .chain([deferred])
                    .chain(between)
                    .chain([Uop { kind: UopKind::StoreSliceFromSlice, ..uops[store] }])
                    .collect();
                // On past the store, now the last of the fused uops.
                let len = fused.len();
                uops.splice(i..=store, fused);
                i += len - 1;
            }
        }
        i += 1;
    }
}

/// `a[:k + 1] = a[k::-1]` with `a` and `k` locals, after fuse_slices: the
/// loads of the list, k and the bounds, the deferred slice (and the int
/// guard on k hoisted before it), the loads for the target slice, `k + 1`
/// and the store from the slice become one `_LIST_REVERSE_PREFIX a k` (see
/// its template), which reverses the prefix in place or leaves before the
/// statement, where nothing has happened yet: so it needs none of the
/// stack the fused uops' own exits rebuilt (provided the list's load
/// starts an instruction). The uops it takes out lie at or after the
/// loop's first, `top`.
fn fuse_reverse_prefix(uops: &mut Vec<Uop>, top: usize) {
    let mut i = top;
    while i < uops.len() {
        if let Some((end, fused)) = reverse_prefix_region(uops, i) {
            uops.splice(i..=end, [fused]);
        }
        i += 1;
    }
}

/// When the uops from `i` are the statement fuse_reverse_prefix rewrites:
/// the index of its last uop and the fused uop.
fn reverse_prefix_region(uops: &[Uop], i: usize) -> Option<(usize, Uop)> {
    let mut at = i;
    let mut next = || {
        let u = uops.get(at).copied();
        at += 1;
        u
    };
    let local = |u: Uop| matches!(u.kind, UopKind::LoadFast | UopKind::LoadFastNoref).then_some(u.oparg);
    let konst = |u: Uop, v: Value| {
        matches!(u.kind, UopKind::LoadConstInline | UopKind::LoadConstInlineNoref) && u.operand == v.bits()
    };
    let first = next()?;
    let a = (first.kind == UopKind::LoadFast).then_some(first.oparg)?;
    // The fused uop leaves at the list's load, which must then start an
    // instruction of its own: a superinstruction that began before it
    // (`STORE_FAST__LOAD_FAST`) would run its first half again.
    if i > 0 && uops[i - 1].exit_pc == first.exit_pc {
        return None;
    }
    let k = local(next()?)?;
    if a > 0xffff || k > 0xffff || !konst(next()?, Value::NONE) || !konst(next()?, Value::small_int(-1)) {
        return None;
    }
    let mut u = next()?;
    if u.kind == UopKind::GuardLocalInt && u.oparg == k {
        u = next()?;
    }
    if u.kind != UopKind::BinarySliceDeferred || u.oparg != 3 {
        return None;
    }
    if local(next()?)? != a
        || !konst(next()?, Value::NONE)
        || local(next()?)? != k
        || !konst(next()?, Value::small_int(1))
    {
        return None;
    }
    if !matches!(next()?.kind, UopKind::BinaryOpNumAdd | UopKind::BinaryOpAddInt) {
        return None;
    }
    let store = next()?;
    if store.kind != UopKind::StoreSliceFromSlice || store.oparg != 2 {
        return None;
    }
    Some((at - 1, Uop::new(UopKind::ListReversePrefix, first.exit_pc).oparg(a | k << 16)))
}

/// Notes that the slot `op` must hold an int between a deferred slice and
/// its store: a local's gets a guard before the slice (`hoist`); None when
/// nothing says it is an int.
fn needs_int(op: Operand, hoist: &mut Vec<u32>) -> Option<()> {
    match op {
        Operand::Local(n) if !hoist.contains(&n) => hoist.push(n),
        Operand::Local(_) | Operand::Int => {}
        Operand::Other => return None,
    }
    Some(())
}

/// The index of the `_STORE_SLICE` that stores the result of the
/// `_BINARY_SLICE` at `i`, when every uop between them may run between a
/// deferred slice and its store (see `fuse_slices`), and the locals whose
/// int guards move before the slice.
fn slice_region(uops: &[Uop], i: usize) -> Option<(usize, Vec<u32>)> {
    let mut stack: Vec<Operand> = Vec::new();
    let mut hoist: Vec<u32> = Vec::new();
    for (j, u) in uops.iter().enumerate().skip(i + 1) {
        match u.kind {
            UopKind::LoadFast | UopKind::LoadFastNoref => stack.push(Operand::Local(u.oparg)),
            UopKind::LoadConstInline | UopKind::LoadConstInlineNoref => {
                stack.push(if Ty::of_constant(u.operand) == Ty::Int { Operand::Int } else { Operand::Other })
            }
            UopKind::GuardTosInt | UopKind::GuardNosInt | UopKind::GuardBothInt => {
                let depths: &[usize] = match u.kind {
                    UopKind::GuardTosInt => &[1],
                    UopKind::GuardNosInt => &[2],
                    _ => &[1, 2],
                };
                for &d in depths {
                    needs_int(*stack.get(stack.len().checked_sub(d)?)?, &mut hoist)?;
                }
            }
            // Their operands are ints (guarded, or known to the type pass):
            // the number uop's general case only boxes a big int.
            UopKind::BinaryOpAddInt | UopKind::BinaryOpSubInt => {
                stack.pop()?;
                stack.pop()?;
                stack.push(Operand::Int);
            }
            // Ints (a local's gets a guard before the slice) or results of
            // int arithmetic, which may be big ints: no Python code runs.
            UopKind::BinaryOpNumAdd | UopKind::BinaryOpNumSub => {
                for _ in 0..2 {
                    needs_int(stack.pop()?, &mut hoist)?;
                }
                stack.push(Operand::Int);
            }
            UopKind::StoreSlice if stack.len() == u.oparg as usize + 1 => return Some((j, hoist)),
            _ => return None,
        }
    }
    None
}
