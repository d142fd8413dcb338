//! Classes, instances and shapes (hidden classes).
//!
//! An instance stores its attributes in a plain vector of slots; which name
//! lives in which slot is described by its *shape*, shared by every instance
//! that received the same attribute names in the same order. A hot attribute
//! access is then "is this instance's shape the cached shape?" plus one load
//! from the slot vector, which is what the specializing interpreter and the
//! JIT emit. Shapes form a transition tree rooted at [`Shape::root`]; they are
//! never freed (a program has few distinct attribute orders), and an instance
//! that gets too many attributes, or loses one through `del`, or whose
//! `__dict__` is asked for, switches to *dict mode*: its attributes move into a
//! real `dict` object, which `__dict__` then returns, live.
//!
//! Every class carries a `version`, renewed whenever an attribute of the class
//! or of one of its bases is set or deleted. Caches that looked a name up
//! through the MRO remember the version and stay valid while it is unchanged.

use crate::object::{Header, ObjKind};
use crate::object::{Payload, PyCell};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Most attributes an instance keeps in shape mode.
pub const MAX_SHAPE_KEYS: usize = 48;

pub struct Shape {
    /// Attribute names (interned strs) in slot order.
    pub keys: Vec<Value>,
    transitions: RefCell<Vec<(u64, &'static Shape)>>,
}

thread_local! {
    static ROOT: &'static Shape = Box::leak(Box::new(Shape { keys: Vec::new(), transitions: RefCell::new(Vec::new()) }));
}

impl Shape {
    pub fn root() -> &'static Shape {
        ROOT.with(|r| *r)
    }
    /// Slot index of an interned name.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        self.keys.iter().position(|k| k.is(name))
    }
    /// The shape after adding `name` (interned) at the end.
    pub fn with_key(&'static self, name: &Value) -> &'static Shape {
        let bits = name.bits();
        if let Some((_, s)) = self.transitions.borrow().iter().find(|(b, _)| *b == bits) {
            return s;
        }
        let mut keys = self.keys.clone();
        keys.push(name.clone());
        let s: &'static Shape = Box::leak(Box::new(Shape { keys, transitions: RefCell::new(Vec::new()) }));
        self.transitions.borrow_mut().push((bits, s));
        s
    }
}

/// Flags describing which special methods a class defines, so the common
/// paths can skip MRO searches.
pub mod flags {
    pub const HAS_GETATTR: u32 = 1;
    pub const HAS_SETATTR: u32 = 2;
    pub const HAS_DELATTR: u32 = 4;
    pub const IS_EXCEPTION: u32 = 8;
    pub const BUILTIN: u32 = 16;
    pub const HAS_SLOTS: u32 = 32;
    pub const HAS_GETATTRIBUTE: u32 = 64;
    /// Instances may not get new attributes (built-in types like int).
    pub const NO_INSTANCE_DICT: u32 = 128;
    /// The class (or a base) defines `__get__`: its instances found in a
    /// class dict are descriptors. Kept current by `update_class_flags`.
    pub const HAS_DESCRIPTOR_GET: u32 = 256;
    /// A subclass of `float`: instances wrap a float in `builtin_base` (a
    /// float has no heap kind, so `base_kind` cannot say so).
    pub const FLOAT_BASE: u32 = 512;
}

pub struct Class {
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub bases: PyCell<Vec<Value>>,
    /// Method resolution order, starting with the class itself. The first
    /// entry is stored as NULL to avoid a self-reference cycle;
    /// [`Class::mro_list`] fills it in.
    pub mro: PyCell<Vec<Value>>,
    /// The class namespace: a `dict` object.
    pub dict: Value,
    pub version: Cell<u64>,
    pub flags: Cell<u32>,
    /// The built-in kind instances are made of: `Instance` for classes derived
    /// from `object` or exceptions, or the kind of a built-in base (an
    /// instance of a subclass of `list` is an `Instance` that wraps a list in
    /// `builtin_base`).
    pub base_kind: Cell<Option<ObjKind>>,
    /// `__slots__` names when the class declares them.
    pub slots: PyCell<Option<Vec<Value>>>,
    /// Classes that list this one among their bases (weak pointers).
    pub subclasses: PyCell<Vec<*const Header>>,
    /// Whether this is one of the runtime's built-in types.
    pub builtin: bool,
    /// How many slots its instances have come to need: a new instance's
    /// slot vector is made with this room, so adding the attributes an
    /// `__init__` sets does not grow it one reallocation at a time. Raised
    /// whenever a slot vector of an instance of the class is full.
    pub slots_hint: Cell<u32>,
    /// The version at which `==` and `!=` on instances were found to be
    /// `object`'s (identity), or 0: `ops::compare` then answers without
    /// looking the methods up and calling them (deltablue compares
    /// constraints and strengths with `==` and `!=` in its hot loops).
    pub identity_eq: Cell<u64>,
}

const TYPE_CACHE_SIZE: usize = 4096;
/// Marks a cached miss; no stored value has these bits (NaNs are canonical).
const ABSENT: u64 = u64::MAX;

#[derive(Clone, Copy, Default)]
struct TypeCacheEntry {
    version: u64,
    name: u64,
    value: u64,
}

thread_local! {
    static TYPE_CACHE: Box<[Cell<TypeCacheEntry>]> = (0..TYPE_CACHE_SIZE).map(|_| Cell::new(TypeCacheEntry::default())).collect();
}

/// Forgets every cached type-attribute lookup (after bootstrap, which fills
/// built-in class dicts without renewing versions).
pub fn clear_type_cache() {
    TYPE_CACHE.with(|c| c.iter().for_each(|e| e.set(TypeCacheEntry::default())));
}

static NEXT_CLASS_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub fn fresh_class_version() -> u64 {
    NEXT_CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Payload for Class {
    const KIND: ObjKind = ObjKind::Class;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.name.with(|v| visit(v));
        self.qualname.with(|v| visit(v));
        self.bases.with(|b| b.iter().for_each(|x| visit(x)));
        self.mro.with(|b| b.iter().for_each(|x| visit(x)));
        visit(&self.dict);
        self.slots.with(|s| {
            if let Some(s) = s {
                s.iter().for_each(|x| visit(x))
            }
        });
    }
    fn clear(&self) {
        let b = self.bases.with_mut(std::mem::take);
        let m = self.mro.with_mut(std::mem::take);
        drop((b, m));
        if let Some(d) = self.dict.downcast::<crate::object::Dict>() {
            d.clear_all();
        }
    }
}

impl Drop for Class {
    fn drop(&mut self) {
        // Remove this class from its bases' subclass lists. The header sits
        // right before the payload in `Obj<Class>`.
        let self_ptr = (self as *const Class as *const u8)
            .wrapping_sub(std::mem::offset_of!(crate::object::Obj<Class>, data))
            as *const Header;
        self.bases.with(|bases| {
            for b in bases {
                if let Some(bc) = b.downcast::<Class>() {
                    bc.subclasses.with_mut(|s| s.retain(|p| *p != self_ptr));
                }
            }
        });
    }
}

impl Class {
    pub fn namespace(&self) -> &crate::object::Dict {
        // SAFETY: `dict` is always a dict object (set at construction).
        unsafe { self.dict.downcast_unchecked::<crate::object::Dict>() }
    }

    /// The MRO with the class itself in front.
    pub fn mro_list(&self, this: &Value) -> Vec<Value> {
        self.mro.with(|m| m.iter().map(|c| if c.is_null() { this.clone() } else { c.clone() }).collect())
    }

    /// Looks `name` (an interned str) up along the MRO without running Python
    /// code. Returns the attribute.
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        // Interned (immortal) names go through the global type-attribute
        // cache: (class version, name) -> result. A version is never reused
        // and changes whenever this class or a base is mutated, so a hit is
        // exactly what the MRO walk would return, and the cached value is
        // still owned by one of the classes' dicts.
        let immortal = name.header().map(|h| h.refcount() >= crate::object::IMMORTAL / 2).unwrap_or(false);
        if !immortal {
            return self.lookup_uncached(name);
        }
        let version = self.version.get();
        let key = name.bits();
        let idx = ((version.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (key >> 3)) as usize) & (TYPE_CACHE_SIZE - 1);
        let hit = TYPE_CACHE.with(|c| {
            let e = c[idx].get();
            if e.version == version && e.name == key {
                Some(e.value)
            } else {
                None
            }
        });
        if let Some(bits) = hit {
            if bits == ABSENT {
                return None;
            }
            // SAFETY: the bits are a value owned by a dict of this class's
            // MRO, unchanged since caching (same version); cloning takes a
            // new reference of our own.
            let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
            return Some((*v).clone());
        }
        let r = self.lookup_uncached(name);
        let bits = r.as_ref().map(|v| v.bits()).unwrap_or(ABSENT);
        TYPE_CACHE.with(|c| c[idx].set(TypeCacheEntry { version, name: key, value: bits }));
        r
    }

    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        if let Some(v) = self.namespace().get_str(name) {
            return Some(v);
        }
        let n = self.mro.with(|m| m.len());
        for i in 1..n {
            let c = self.mro.with(|m| m[i].clone());
            if let Some(cls) = c.downcast::<Class>() {
                if let Some(v) = cls.namespace().get_str(name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Renews the version of this class and every subclass.
    pub fn invalidate(&self) {
        self.version.set(fresh_class_version());
        let subs = self.subclasses.get_clone();
        for s in subs {
            // SAFETY: subclass pointers are removed when a subclass is freed,
            // so every entry is live.
            let sub = unsafe { &*(s as *const crate::object::Obj<Class>) };
            sub.data.invalidate();
        }
    }
}

/// Extra state of exception instances.
pub struct ExcData {
    pub args: PyCell<Value>,
    /// Traceback entries, innermost last: (code object, line number).
    pub traceback: PyCell<Vec<(Value, u32)>>,
    pub cause: PyCell<Value>,
    pub context: PyCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The materialised `__traceback__` object (None until asked for) and
    /// how many entries of `traceback` it covers; entries added later (as
    /// the exception propagates outward) become new heads whose `tb_next`
    /// is the previous head, so traceback objects keep their identity.
    pub tb_obj: PyCell<Value>,
    pub tb_len: Cell<usize>,
}

pub struct Instance {
    pub shape: Cell<&'static Shape>,
    pub slots: PyCell<Vec<Value>>,
    /// In dict mode, the attribute dict; NULL in shape mode.
    pub dict: PyCell<Value>,
    /// For instances of subclasses of built-in types: the built-in value.
    pub builtin_base: PyCell<Value>,
    /// For exceptions.
    pub exc: Option<Box<ExcData>>,
}

impl Payload for Instance {
    const KIND: ObjKind = ObjKind::Instance;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Only heap objects are visited (see `Payload::traverse`).
        self.slots.with(|s| s.iter().filter(|x| x.is_ptr()).for_each(|x| visit(x)));
        self.dict.with(|v| {
            if v.is_ptr() {
                visit(v)
            }
        });
        self.builtin_base.with(|v| {
            if v.is_ptr() {
                visit(v)
            }
        });
        if let Some(e) = &self.exc {
            e.args.with(|v| visit(v));
            e.cause.with(|v| visit(v));
            e.context.with(|v| visit(v));
            e.traceback.with(|t| t.iter().for_each(|(c, _)| visit(c)));
            e.tb_obj.with(|v| visit(v));
        }
    }
    fn clear(&self) {
        let s = self.slots.with_mut(std::mem::take);
        let d = self.dict.with_mut(|v| v.take());
        let b = self.builtin_base.with_mut(|v| v.take());
        drop((s, d, b));
        if let Some(e) = &self.exc {
            let a = e.args.with_mut(|v| v.take());
            let c = e.cause.with_mut(|v| v.take());
            let x = e.context.with_mut(|v| v.take());
            let t = e.traceback.with_mut(std::mem::take);
            let o = e.tb_obj.with_mut(|v| std::mem::replace(v, Value::NONE));
            e.tb_len.set(0);
            drop((a, c, x, t, o));
        }
    }
}

impl Instance {
    pub fn new(exception: bool) -> Instance {
        Instance::with_room(exception, 0)
    }

    /// An instance whose slot vector has room for `room` attributes (the
    /// class's `slots_hint`).
    pub fn with_room(exception: bool, room: u32) -> Instance {
        Instance {
            shape: Cell::new(Shape::root()),
            slots: PyCell::new(Vec::with_capacity(room as usize)),
            dict: PyCell::new(Value::NULL),
            builtin_base: PyCell::new(Value::NULL),
            exc: if exception {
                Some(Box::new(ExcData {
                    args: PyCell::new(Value::NULL),
                    traceback: PyCell::new(Vec::new()),
                    cause: PyCell::new(Value::NONE),
                    context: PyCell::new(Value::NONE),
                    suppress_context: Cell::new(false),
                    tb_obj: PyCell::new(Value::NONE),
                    tb_len: Cell::new(0),
                }))
            } else {
                None
            },
        }
    }

    pub fn is_dict_mode(&self) -> bool {
        self.dict.with(|d| !d.is_null())
    }

    /// Appends a slot. A full vector first raises its class's
    /// `slots_hint` (`class`: the instance's class, or None when unknown),
    /// so the next instances start with room for it.
    #[inline(always)]
    pub fn push_slot(&self, class: Option<&Class>, v: Value) {
        self.slots.with_mut(|s| {
            if s.len() == s.capacity() {
                if let Some(c) = class {
                    c.slots_hint.set(c.slots_hint.get().max(s.len() as u32 + 1));
                }
            }
            s.push(v)
        });
    }

    /// Reads an attribute stored on the instance (name interned).
    #[inline]
    pub fn get_attr(&self, name: &Value) -> Option<Value> {
        if let Some(d) = self.dict.with(|d| if d.is_null() { None } else { Some(d.clone()) }) {
            // SAFETY: the dict slot only ever holds a dict object.
            let v = unsafe { d.downcast_unchecked::<crate::object::Dict>() }.get_str(name);
            if v.is_some() {
                return v;
            }
            // `__slots__` values stay in the slot vector in dict mode (see
            // `to_dict_mode_keeping`); otherwise the shape is the empty root.
        }
        let idx = self.shape.get().index_of(name)?;
        self.slots.with(|s| {
            let v = &s[idx];
            if v.is_null() {
                None
            } else {
                Some(v.clone())
            }
        })
    }

    /// Stores an attribute on the instance (name interned).
    pub fn set_attr(&self, vm: &mut crate::vm::Vm, name: &Value, value: Value) {
        let shape = self.shape.get();
        if let Some(d) = self.dict.with(|d| if d.is_null() { None } else { Some(d.clone()) }) {
            if let Some(idx) = shape.index_of(name) {
                // A `__slots__` value kept out of the dict.
                let old = self.slots.with_mut(|s| std::mem::replace(&mut s[idx], value));
                drop(old);
                return;
            }
            // SAFETY: the dict slot only ever holds a dict object.
            unsafe { d.downcast_unchecked::<crate::object::Dict>() }.set_str(name.clone(), value);
            return;
        }
        if let Some(idx) = shape.index_of(name) {
            let old = self.slots.with_mut(|s| std::mem::replace(&mut s[idx], value));
            drop(old);
            return;
        }
        if shape.keys.len() >= MAX_SHAPE_KEYS {
            self.to_dict_mode(vm);
            self.set_attr(vm, name, value);
            return;
        }
        let next = shape.with_key(name);
        // The generic path does not know the class; the specialized stores
        // (interpreter and traces) raise the hint.
        self.push_slot(None, value);
        self.shape.set(next);
    }

    /// Deletes an attribute; false if it was not there.
    pub fn del_attr(&self, vm: &mut crate::vm::Vm, name: &Value) -> bool {
        if self.get_attr(name).is_none() {
            return false;
        }
        if self.is_dict_mode() {
            if let Some(idx) = self.shape.get().index_of(name) {
                let in_dict = self.dict.with(|d| {
                    // SAFETY: in dict mode the slot holds a dict object.
                    unsafe { d.downcast_unchecked::<crate::object::Dict>() }.get_str(name).is_some()
                });
                if !in_dict {
                    let old = self.slots.with_mut(|s| std::mem::replace(&mut s[idx], Value::NULL));
                    drop(old);
                    return true;
                }
            }
        }
        self.to_dict_mode(vm);
        let d = self.dict.get_clone();
        // SAFETY: dict mode was just entered, so the slot holds a dict.
        unsafe { d.downcast_unchecked::<crate::object::Dict>() }.remove_str(name).is_some()
    }

    /// Like [`Instance::to_dict_mode`], but the attributes named in `keep`
    /// (`__slots__` of the class) stay in the slot vector, so `__dict__`
    /// holds only the others, as in CPython.
    pub fn to_dict_mode_keeping(&self, vm: &mut crate::vm::Vm, keep: &[Value]) -> Value {
        if keep.is_empty() || self.is_dict_mode() {
            return self.to_dict_mode(vm);
        }
        let d = crate::object::Dict::new();
        let shape = self.shape.get();
        let slots = self.slots.with_mut(std::mem::take);
        let mut kept_shape = Shape::root();
        let mut kept = Vec::new();
        for (k, v) in shape.keys.iter().zip(slots) {
            if v.is_null() {
                continue;
            }
            if keep.iter().any(|n| n.is(k)) {
                kept_shape = kept_shape.with_key(k);
                kept.push(v);
            } else {
                d.set_str(k.clone(), v);
            }
        }
        let dv = vm.new_dict_from(d);
        self.dict.with_mut(|slot| *slot = dv.clone());
        self.slots.with_mut(|s| *s = kept);
        self.shape.set(kept_shape);
        dv
    }

    /// Moves the attributes into a dict, which becomes `__dict__`.
    pub fn to_dict_mode(&self, vm: &mut crate::vm::Vm) -> Value {
        if let Some(d) = self.dict.with(|d| if d.is_null() { None } else { Some(d.clone()) }) {
            return d;
        }
        let d = crate::object::Dict::new();
        let shape = self.shape.get();
        let slots = self.slots.with_mut(std::mem::take);
        for (k, v) in shape.keys.iter().zip(slots) {
            if !v.is_null() {
                d.set_str(k.clone(), v);
            }
        }
        let dv = vm.new_dict_from(d);
        self.dict.with_mut(|slot| *slot = dv.clone());
        self.shape.set(Shape::root());
        dv
    }

    /// The attributes in order, for `vars()` and `dir()`.
    pub fn attr_items(&self) -> Vec<(Value, Value)> {
        if let Some(d) = self.dict.with(|d| if d.is_null() { None } else { Some(d.clone()) }) {
            // SAFETY: the dict slot only ever holds a dict object.
            return unsafe { d.downcast_unchecked::<crate::object::Dict>() }.items();
        }
        let shape = self.shape.get();
        self.slots.with(|s| {
            shape.keys.iter().zip(s.iter()).filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), v.clone())).collect()
        })
    }
}
