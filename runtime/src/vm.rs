//! The virtual machine: interpreter state, object constructors, exceptions
//! and the calling convention.
//!
//! A `Vm` is single-threaded and owns the data stack, the built-in types, the
//! interned-name table and `sys.modules`. Every fallible operation returns
//! [`PyResult`]; a [`PyErr`] is just the exception object, so an error costs
//! one word on the Rust side and becomes a Python exception without
//! translation.

use crate::bytecode::{code_flags, Code};
use crate::class::{flags as cflags, Class, Instance};
use crate::frame::{self, DataStack, Frame};
use crate::object::*;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::HashMap;
use std::rc::Rc;

/// A fast non-cryptographic hasher for the interned-name table (keys are
/// program identifiers, not attacker-controlled, and lookups are hot).
#[derive(Default, Clone, Copy)]
pub struct FxBuild;
pub struct FxHasher(u64);
impl std::hash::BuildHasher for FxBuild {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}
impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

/// A raised Python exception (the exception instance).
#[derive(Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

macro_rules! types_struct {
    ($($name:ident),* $(,)?) => {
        /// The built-in classes, created once at start-up and immortal.
        pub struct Types { $(pub $name: Value,)* }
        impl Types {
            fn empty() -> Types { Types { $($name: Value::NULL,)* } }
            /// A copy holding new references to every class.
            pub fn clone_types(&self) -> Types { Types { $($name: self.$name.clone(),)* } }
        }
    };
}

types_struct! {
    object, type_, int, bool_, float, complex, str_, bytes, bytearray, list, tuple, dict, set, frozenset,
    range, slice, function, builtin_function, method, cell, module, code, generator, property,
    staticmethod, classmethod, none_type, not_implemented_type, ellipsis_type, super_, dict_keys,
    dict_values, dict_items, iterator, file, list_iterator, tuple_iterator, range_iterator,
    longrange_iterator, str_iterator, str_ascii_iterator, bytes_iterator, bytearray_iterator,
    dict_keyiterator, dict_valueiterator, dict_itemiterator, dict_reversekeyiterator, set_iterator,
    list_reverseiterator, reversed, enumerate, zip, map, filter, callable_iterator, member_descriptor,
    mappingproxy, lazy_import,
    base_exception, exception, stop_iteration, generator_exit, keyboard_interrupt, system_exit,
    arithmetic_error, zero_division_error, overflow_error, floating_point_error, assertion_error,
    attribute_error, lookup_error, index_error, key_error, name_error, unbound_local_error,
    type_error, value_error, unicode_error, unicode_decode_error, unicode_encode_error,
    runtime_error, recursion_error, not_implemented_error, import_error, module_not_found_error, import_cycle_error,
    os_error, file_not_found_error, eof_error, memory_error, syntax_error, indentation_error,
    tab_error, stop_async_iteration, warning, deprecation_warning, user_warning, runtime_warning,
    lookup_error_dummy, traceback, frame,
}

/// The interpreter's state.
///
/// `repr(C)` with the fields a call touches first (`frame`, `depth`,
/// `recursion_limit`, `stack`): the `_PUSH_FRAME` and `_RETURN_VALUE`
/// stencils push and pop frames inline and read and write them at the
/// offsets `templates/tessera.h` states (`TesseraVm`), which
/// `runtime/tests/layout.rs` and the assertions below check.
#[repr(C)]
pub struct Vm {
    /// The innermost running frame, or null.
    pub frame: *mut Frame,
    /// Python frames currently on the data stack.
    pub depth: u32,
    pub recursion_limit: u32,
    /// The live trace whose code runs (set on entry, and by
    /// `_JUMP_TO_TRACE` when one trace continues in another), so an exit
    /// is counted for the trace it left from.
    pub jit_trace: u64,
    pub stack: DataStack,
    pub t: Types,
    pub builtins: Value,
    pub interned: HashMap<Box<str>, Value, FxBuild>,
    pub sys_modules: Value,
    pub sys: Value,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    /// The caller's `exc_info` when the innermost running generator was
    /// resumed (what the generator sees while it handles nothing itself).
    pub gen_exc_base: Value,
    /// Destinations of generators being collected in one run (FRAME_COLLECT).
    pub collect_sinks: Vec<Vec<Value>>,
    pub none_singleton_ellipsis: Value,
    pub not_implemented: Value,
    pub empty_tuple: Value,
    /// Exception classes by name, for `builtins`.
    pub exc_names: Vec<(&'static str, Value)>,
    pub options: crate::Options,
    /// Loaded source texts by filename, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    pub main_module: Value,
    /// Tier 2: the JIT's options, code cache and traces.
    pub jit: crate::jit::tier2::Jit,
    /// PEP 810: the lazy-imports mode and filter.
    pub lazy: crate::lazy_import::LazyState,
    /// `-X importtime`: the imports being timed, or None when it is off.
    pub import_time: Option<crate::import::ImportTimer>,
    /// Modules whose bodies are running (for "partially initialized").
    pub initializing: Vec<String>,
}

impl Vm {
    pub fn new(options: crate::Options) -> Box<Vm> {
        let mut vm = Box::new(Vm {
            stack: DataStack::new(),
            frame: std::ptr::null_mut(),
            t: Types::empty(),
            builtins: Value::NULL,
            interned: HashMap::with_hasher(FxBuild),
            sys_modules: Value::NULL,
            sys: Value::NULL,
            exc_info: Value::NONE,
            gen_exc_base: Value::NONE,
            collect_sinks: Vec::new(),
            recursion_limit: 1000,
            jit_trace: u64::MAX,
            depth: 0,
            none_singleton_ellipsis: Value::NULL,
            not_implemented: Value::NULL,
            empty_tuple: Value::NULL,
            exc_names: Vec::new(),
            jit: crate::jit::tier2::Jit::new(options.jit.clone()),
            lazy: crate::lazy_import::LazyState::new(options.lazy_imports),
            import_time: options.import_time.then(crate::import::ImportTimer::default),
            initializing: Vec::new(),
            options,
            sources: HashMap::new(),
            main_module: Value::NULL,
        });
        crate::types::bootstrap(&mut vm);
        vm
    }

    // -- Strings and interning ---------------------------------------------

    /// The canonical str object for a name: attribute names, identifiers and
    /// dict keys used by the runtime are interned so lookups compare pointers.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = self.new_str(s);
        if let Some(h) = v.header() {
            h.rc.set(IMMORTAL);
        }
        self.interned.insert(s.into(), v.clone());
        v
    }

    /// Interns a name known at compile time. Literals have fixed addresses,
    /// so a small cache keyed by the address avoids hashing the text on hot
    /// paths such as special-method lookups.
    #[inline]
    pub fn intern_static(&mut self, s: &'static str) -> Value {
        thread_local! {
            static CACHE: std::cell::RefCell<Vec<(usize, usize, u64)>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let key = (s.as_ptr() as usize, s.len());
        let hit = CACHE.with(|c| {
            let c = c.borrow();
            let slot = (key.0 >> 3) % 256;
            c.get(slot).filter(|e| e.0 == key.0 && e.1 == key.1).map(|e| e.2)
        });
        if let Some(bits) = hit {
            // SAFETY: cached values are interned (immortal) strings.
            let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
            return (*v).clone();
        }
        let v = self.intern(s);
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_empty() {
                c.resize(256, (0, 0, 0));
            }
            let slot = (key.0 >> 3) % 256;
            c[slot] = (key.0, key.1, v.bits());
        });
        v
    }

    /// Interns an existing str value (returns the canonical object).
    pub fn intern_value(&mut self, v: &Value) -> Value {
        match v.downcast::<Str>() {
            Some(s) => {
                let text = s.s.to_string();
                self.intern(&text)
            }
            None => v.clone(),
        }
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        let char_len = s.chars().count();
        alloc(
            self.t.str_.clone(),
            Str { ascii: char_len == s.len(), char_len, s: s.into(), hash: std::cell::Cell::new(-1) },
        )
    }
    pub fn new_string(&mut self, s: String) -> Value {
        let char_len = s.chars().count();
        alloc(
            self.t.str_.clone(),
            Str { ascii: char_len == s.len(), char_len, s: s.into_boxed_str(), hash: std::cell::Cell::new(-1) },
        )
    }
    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        alloc(self.t.bytes.clone(), Bytes { b: b.into_boxed_slice(), hash: std::cell::Cell::new(-1) })
    }
    pub fn new_bytearray(&mut self, b: Vec<u8>) -> Value {
        alloc(self.t.bytearray.clone(), ByteArray { b: PyCell::new(b) })
    }

    // -- Numbers -------------------------------------------------------------

    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        if Value::fits_small(i) {
            Value::small_int(i)
        } else {
            alloc(self.t.int.clone(), Int { v: BigInt::from(i) })
        }
    }
    pub fn new_int_big(&mut self, i: BigInt) -> Value {
        if let Some(s) = i.to_i64() {
            if Value::fits_small(s) {
                return Value::small_int(s);
            }
        }
        alloc(self.t.int.clone(), Int { v: i })
    }
    pub fn new_complex(&mut self, re: f64, im: f64) -> Value {
        alloc(self.t.complex.clone(), Complex { re, im })
    }
    pub fn ellipsis(&self) -> Value {
        self.none_singleton_ellipsis.clone()
    }

    // -- Containers ----------------------------------------------------------

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        alloc(self.t.list.clone(), List { items: PyCell::new(items) })
    }
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() && !self.empty_tuple.is_null() {
            return self.empty_tuple.clone();
        }
        alloc(self.t.tuple.clone(), Tuple { items: items.into_boxed_slice(), hash: std::cell::Cell::new(-1) })
    }
    pub fn new_dict(&mut self) -> Value {
        alloc(self.t.dict.clone(), Dict::new())
    }
    pub fn new_dict_from(&mut self, d: Dict) -> Value {
        alloc(self.t.dict.clone(), d)
    }
    pub fn new_set(&mut self) -> Value {
        alloc(self.t.set.clone(), crate::dict::SetData::new())
    }
    pub fn new_frozenset(&mut self, s: crate::dict::SetData) -> Value {
        alloc(self.t.frozenset.clone(), FrozenSet(s))
    }
    pub fn new_code(&mut self, code: Code) -> Value {
        alloc(self.t.code.clone(), CodeObj { code: Rc::new(code) })
    }
    pub fn new_cell(&mut self, v: Value) -> Value {
        alloc(self.t.cell.clone(), CellObj { v: PyCell::new(v) })
    }
    pub fn new_native(&mut self, name: &'static str, func: NativeFn) -> Value {
        alloc(
            self.t.builtin_function.clone(),
            NativeFunction { name, func, bound: Value::NULL, takes_kwargs: true, qualname: name.into(), f64_fn: None },
        )
    }
    pub fn new_bound_method(&mut self, func: Value, receiver: Value) -> Value {
        // A bound native method is a `builtin_function_or_method`, as in CPython.
        let cls = if func.kind() == Some(ObjKind::NativeFunction) {
            self.t.builtin_function.clone()
        } else {
            self.t.method.clone()
        };
        alloc(cls, BoundMethod { func, receiver })
    }
    pub fn new_module(&mut self, name: &str) -> Value {
        let d = self.new_dict();
        let n = self.new_str(name);
        let dd = d.downcast::<Dict>().unwrap();
        dd.set_str(self.intern_static("__name__"), n.clone());
        dd.set_str(self.intern_static("__doc__"), Value::NONE);
        dd.set_str(self.intern_static("__package__"), Value::NONE);
        alloc(self.t.module.clone(), Module { name: n, dict: d })
    }

    /// Stores `module.name = value` on a native module being built.
    pub fn module_set(&mut self, module: &Value, name: &str, value: Value) {
        let m = module.downcast::<Module>().unwrap();
        let k = self.intern(name);
        m.dict.downcast::<Dict>().unwrap().set_str(k, value);
    }
    pub fn module_add_fn(&mut self, module: &Value, name: &'static str, f: NativeFn) {
        let v = self.new_native(name, f);
        self.module_set(module, name, v);
    }

    /// Adds a native function of one float whose result is `c(x)` for a
    /// finite `x` and a finite result (see `NativeFunction::f64_fn`). The
    /// function is immortal: call sites record its address for tier 2,
    /// which must never find a freed object there.
    pub fn module_add_f64_fn(&mut self, module: &Value, name: &'static str, f: NativeFn, c: extern "C" fn(f64) -> f64) {
        let v = alloc(
            self.t.builtin_function.clone(),
            NativeFunction {
                name,
                func: f,
                bound: Value::NULL,
                takes_kwargs: true,
                qualname: name.into(),
                f64_fn: Some(c),
            },
        );
        if let Some(h) = v.header() {
            h.rc.set(crate::object::IMMORTAL);
        }
        self.module_set(module, name, v);
    }

    // -- Types ----------------------------------------------------------------

    /// The class of any value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Value {
        if let Some(h) = v.header() {
            return h.class();
        }
        if v.is_float() {
            self.t.float.clone()
        } else if v.is_small_int() {
            self.t.int.clone()
        } else if v.is_bool() {
            self.t.bool_.clone()
        } else {
            self.t.none_type.clone()
        }
    }

    /// The class of a value as a borrowed class payload.
    #[inline]
    pub fn class_of<'a>(&'a self, v: &'a Value) -> &'a Class {
        let ty: &Value = if let Some(h) = v.header() {
            // SAFETY: `ty` points at a live class for as long as `v` lives; the
            // transmute reinterprets the pointer as a borrowed value word.
            return unsafe { &(*(h.ty.get() as *const Obj<Class>)).data };
        } else if v.is_float() {
            &self.t.float
        } else if v.is_small_int() {
            &self.t.int
        } else if v.is_bool() {
            &self.t.bool_
        } else {
            &self.t.none_type
        };
        // SAFETY: built-in type values are classes.
        unsafe { ty.downcast_unchecked::<Class>() }
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).name.with(|n| n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default())
    }

    pub fn class_name(cls: &Value) -> String {
        match cls.downcast::<Class>() {
            Some(c) => c.name.with(|n| n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default()),
            None => "?".into(),
        }
    }

    /// `issubclass(sub, sup)` for classes, by MRO.
    pub fn is_subclass(&self, sub: &Value, sup: &Value) -> bool {
        if sub.is(sup) {
            return true;
        }
        match sub.downcast::<Class>() {
            Some(c) => c.mro.with(|m| m.iter().any(|x| x.is(sup))),
            None => false,
        }
    }

    /// `isinstance(v, cls)` for a class.
    pub fn isinstance(&self, v: &Value, cls: &Value) -> bool {
        let t = self.type_of(v);
        self.is_subclass(&t, cls)
    }

    // -- Exceptions -----------------------------------------------------------

    /// Creates an exception instance of class `cls` with the given args.
    pub fn new_exception(&mut self, cls: &Value, args: Vec<Value>) -> Value {
        let inst = alloc(cls.clone(), Instance::new(true));
        let t = self.new_tuple(args);
        if let Some(i) = inst.downcast::<Instance>() {
            if let Some(e) = &i.exc {
                e.args.with_mut(|a| *a = t);
            }
        }
        inst
    }

    pub fn err(&mut self, cls: &Value, msg: impl AsRef<str>) -> PyErr {
        let m = self.new_str(msg.as_ref());
        let cls = cls.clone();
        PyErr(self.new_exception(&cls, vec![m]))
    }
    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.t.type_error.clone();
        self.err(&c, msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.t.value_error.clone();
        self.err(&c, msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.t.index_error.clone();
        self.err(&c, msg)
    }
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.t.attribute_error.clone();
        self.err(&c, msg)
    }
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let c = self.t.name_error.clone();
        let e = self.err(&c, format!("name '{name}' is not defined"));
        // NameError.name, as CPython sets it for undefined names.
        if let Some(i) = e.0.downcast::<Instance>() {
            let k = self.intern_static("name");
            let v = self.new_str(name);
            i.set_attr(self, &k, v);
        }
        e
    }
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.t.zero_division_error.clone();
        self.err(&c, msg)
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.t.overflow_error.clone();
        self.err(&c, msg)
    }
    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.t.runtime_error.clone();
        self.err(&c, msg)
    }
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let c = self.t.key_error.clone();
        PyErr(self.new_exception(&c, vec![key]))
    }
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let c = self.t.stop_iteration.clone();
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr(self.new_exception(&c, args))
    }
    pub fn unhashable(&mut self, v: &Value) -> PyErr {
        let n = self.type_name(v);
        self.type_error(format!("unhashable type: '{n}'"))
    }

    /// Converts a numeric-module error into the matching exception.
    pub fn num_err(&mut self, e: crate::numeric::NumError) -> PyErr {
        use crate::numeric::NumError as N;
        match e {
            N::Value(m) => self.value_error(m),
            N::Overflow(m) => self.overflow_error(m),
            N::ZeroDivision(m) => self.zero_division(m),
            N::Type(m) => self.type_error(m),
        }
    }

    /// Whether an exception is an instance of `cls`.
    pub fn exc_matches(&self, err: &PyErr, cls: &Value) -> bool {
        self.isinstance(&err.0, cls)
    }

    // -- Calls ------------------------------------------------------------------

    /// Calls any callable with positional and keyword arguments.
    pub fn call(&mut self, callable: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        match callable.kind() {
            Some(ObjKind::Function) => self.call_function(callable, args, kwargs),
            Some(ObjKind::NativeFunction) => {
                // SAFETY: kind checked.
                let nf = unsafe { callable.downcast_unchecked::<NativeFunction>() };
                if !nf.bound.is_null() {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(nf.bound.clone());
                    a.extend(args.iter().cloned());
                    (nf.func)(self, &a, kwargs)
                } else {
                    (nf.func)(self, args, kwargs)
                }
            }
            Some(ObjKind::BoundMethod) => {
                // SAFETY: kind checked.
                let bm = unsafe { callable.downcast_unchecked::<BoundMethod>() };
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(bm.receiver.clone());
                a.extend(args.iter().cloned());
                let f = bm.func.clone();
                self.call(&f, &a, kwargs)
            }
            Some(ObjKind::Class) => crate::types::call_class(self, callable, args, kwargs),
            Some(ObjKind::StaticMethod) => {
                // Static methods are callable since Python 3.10.
                let f = callable.downcast::<StaticMethod>().unwrap().func.get_clone();
                self.call(&f, args, kwargs)
            }
            _ => {
                let call = crate::ops::lookup_special(self, callable, "__call__");
                match call {
                    Some(f) => {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(callable.clone());
                        a.extend(args.iter().cloned());
                        self.call(&f, &a, kwargs)
                    }
                    None => {
                        let n = self.type_name(callable);
                        Err(self.type_error(format!("'{n}' object is not callable")))
                    }
                }
            }
        }
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, &[], &[])
    }
    pub fn call1(&mut self, callable: &Value, a: Value) -> PyResult<Value> {
        self.call(callable, &[a], &[])
    }

    /// Calls a method by name on an object.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let m = crate::ops::getattr(self, obj, &n)?;
        self.call(&m, args, &[])
    }

    /// Pushes a frame for a Python function and binds its arguments.
    pub fn setup_call(&mut self, func: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<*mut Frame> {
        // SAFETY: callers pass a Function.
        let f = unsafe { func.downcast_unchecked::<Function>() };
        let code_obj = f.code.clone();
        // SAFETY: a function's code is always a code object.
        let code: &Code = unsafe { &code_obj.downcast_unchecked::<CodeObj>().code };
        if self.depth >= self.recursion_limit {
            let c = self.t.recursion_error.clone();
            return Err(self.err(&c, "maximum recursion depth exceeded"));
        }
        let fr = match self.stack.push(code) {
            Some(fr) => fr,
            None => {
                let c = self.t.recursion_error.clone();
                return Err(self.err(&c, "maximum recursion depth exceeded (frame stack exhausted)"));
            }
        };
        // SAFETY: `fr` was just reserved for this code; the function (owned
        // by the frame) keeps its code and globals alive, the VM its builtins.
        unsafe {
            frame::init_frame(fr, self.frame, func.clone(), &f.code, &f.globals, &self.builtins, Value::NULL);
        }
        self.depth += 1;
        if let Err(e) = crate::interp::bind_args(self, fr, f, code, args, kwargs) {
            // SAFETY: the frame is initialised and not yet linked in.
            unsafe {
                frame::clear_frame(fr);
            }
            self.stack.top = fr as *mut u64;
            self.depth -= 1;
            return Err(e);
        }
        Ok(fr)
    }

    pub fn call_function(&mut self, func: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let fr = self.setup_call(func, args, kwargs)?;
        let code = Frame::code(fr);
        if code.flags & code_flags::GENERATOR != 0 {
            return Ok(crate::generator::make_generator(self, fr));
        }
        crate::interp::run_frame(self, fr)
    }

    /// Runs a module or class body code object with a namespace dict.
    pub fn run_code(
        &mut self,
        code_obj: &Value,
        globals: &Value,
        locals: Value,
        closure: Option<&Value>,
    ) -> PyResult<Value> {
        // SAFETY: callers pass a code object.
        let code: &Code = unsafe { &code_obj.downcast_unchecked::<CodeObj>().code };
        let fr = match self.stack.push(code) {
            Some(fr) => fr,
            None => {
                let c = self.t.recursion_error.clone();
                return Err(self.err(&c, "maximum recursion depth exceeded"));
            }
        };
        // SAFETY: freshly reserved frame for this code; the caller holds
        // `code_obj` and `globals` until the frame has run.
        unsafe {
            frame::init_frame(fr, self.frame, Value::NULL, code_obj, globals, &self.builtins, locals);
            if let Some(cl) = closure {
                if let Some(t) = cl.downcast::<Tuple>() {
                    let base = Frame::localsplus(fr).add(code.varnames.len());
                    for (i, c) in t.items.iter().enumerate() {
                        *base.add(i) = c.clone();
                    }
                }
            }
        }
        self.depth += 1;
        crate::interp::run_frame(self, fr)
    }

    /// The innermost Python frame, if any.
    pub fn current_frame(&self) -> Option<*mut Frame> {
        if self.frame.is_null() {
            None
        } else {
            Some(self.frame)
        }
    }

    /// The globals dict of the innermost frame.
    pub fn current_globals(&self) -> Value {
        match self.current_frame() {
            // SAFETY: a linked frame is live.
            Some(f) => unsafe { Value::clone(&(*f).globals) },
            None => self.main_module.downcast::<Module>().map(|m| m.dict.clone()).unwrap_or(Value::NONE),
        }
    }

    pub fn set_builtin(&mut self, name: &str, v: Value) {
        let k = self.intern(name);
        self.builtins.downcast::<Dict>().unwrap().set_str(k, v);
    }

    /// Creates a built-in class.
    pub fn new_builtin_class(&mut self, name: &str, bases: Vec<Value>, base_kind: Option<ObjKind>) -> Value {
        let ty = self.t.type_.clone();
        let dict = self.new_dict();
        let nm = self.new_str(name);
        let cls = Class {
            name: PyCell::new(nm.clone()),
            qualname: PyCell::new(nm),
            bases: PyCell::new(bases.clone()),
            mro: PyCell::new(Vec::new()),
            dict,
            version: std::cell::Cell::new(crate::class::fresh_class_version()),
            flags: std::cell::Cell::new(cflags::BUILTIN),
            base_kind: std::cell::Cell::new(base_kind),
            slots: PyCell::new(None),
            subclasses: PyCell::new(Vec::new()),
            builtin: true,
            slots_hint: std::cell::Cell::new(0),
            identity_eq: std::cell::Cell::new(0),
        };
        let v = alloc(ty, cls);
        if let Some(h) = v.header() {
            h.rc.set(IMMORTAL);
            if h.gc_index.get() != u32::MAX {
                crate::gc::untrack(v.header_ptr());
            }
        }
        crate::types::compute_mro(self, &v).ok();
        for b in &bases {
            if let Some(bc) = b.downcast::<Class>() {
                bc.subclasses.with_mut(|s| s.push(v.header_ptr()));
            }
        }
        v
    }

    /// Adds a native method to a class.
    pub fn add_method(&mut self, cls: &Value, name: &'static str, f: NativeFn) {
        let func = self.new_native(name, f);
        if let Some(h) = func.header() {
            h.rc.set(IMMORTAL);
        }
        let k = self.intern(name);
        let c = cls.downcast::<Class>().unwrap();
        c.namespace().set_str(k, func);
        c.invalidate();
    }

    /// Sets a class attribute.
    pub fn class_set(&mut self, cls: &Value, name: &str, v: Value) {
        let k = self.intern(name);
        let c = cls.downcast::<Class>().unwrap();
        c.namespace().set_str(k, v);
        c.invalidate();
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        // Objects are deliberately leaked at exit, as CPython mostly does:
        // tearing down a cyclic heap buys nothing when the process ends.
    }
}
