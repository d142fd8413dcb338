//! The hash table behind `dict`, `set` and `frozenset`.
//!
//! The layout is CPython's compact dict: a sparse index array pointing into a
//! dense, insertion-ordered entry array. Iteration order is insertion order for
//! free, and the entries of a small dict fit in a few cache lines.
//!
//! Key comparison can run Python code (`__eq__`), which can mutate the very
//! table being probed. Following the payload rule in `object.rs`, the probe
//! never holds a borrow across that call: it copies the candidate key out,
//! calls `__eq__`, then re-borrows and restarts if the table's `version`
//! changed meanwhile, as CPython does.
//!
//! `version` changes whenever the set of keys or the entry positions change
//! (insert of a new key, delete, resize) but not when an existing key's value
//! is replaced. A cache that remembers "key K is entry N" is valid while the
//! version is unchanged, which is what global-variable caches use. The one
//! exception: storing a PEP 810 lazy-import proxy over an existing value
//! also changes the version, so no cache ever returns a proxy.

use crate::object::{ObjKind, Payload, PyCell};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

pub struct Entry {
    pub hash: i64,
    /// NULL for a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Table {
    indices: Vec<u32>,
    pub entries: Vec<Entry>,
    used: usize,
    /// Index slots that are not EMPTY (live or DUMMY); probing terminates
    /// because this stays below two thirds of the index size.
    fill: usize,
    pub version: u64,
}

thread_local! {
    // Dicts never cross threads (values are not Send), so a plain per-thread
    // counter gives versions unique among the dicts a cache can see, without
    // the locked add an atomic counter costs on every insertion.
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

#[inline(always)]
fn fresh_version() -> u64 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

enum Probe {
    Found(usize),
    /// Not found; the index slot where the key would go.
    Missing(usize),
    /// Need Python equality against this entry's key.
    Ask(usize, Value),
}

/// Equality that needs no Python code: strings, numbers, bytes, singletons and
/// tuples of those. `None` means "ask Python".
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let ka = a.kind();
    let kb = b.kind();
    match (ka, kb) {
        (Some(ObjKind::Str), Some(ObjKind::Str)) => {
            // SAFETY: kinds checked above.
            let (x, y) =
                unsafe { (a.downcast_unchecked::<crate::object::Str>(), b.downcast_unchecked::<crate::object::Str>()) };
            Some(x.s == y.s)
        }
        (Some(ObjKind::Str), None) | (None, Some(ObjKind::Str)) => Some(false),
        (Some(ObjKind::Bytes), Some(ObjKind::Bytes)) => {
            Some(a.downcast::<crate::object::Bytes>()?.b == b.downcast::<crate::object::Bytes>()?.b)
        }
        (Some(ObjKind::Tuple), Some(ObjKind::Tuple)) => {
            let x = &a.downcast::<crate::object::Tuple>()?.items;
            let y = &b.downcast::<crate::object::Tuple>()?.items;
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (None, None)
        | (None, Some(ObjKind::BigInt))
        | (Some(ObjKind::BigInt), None)
        | (Some(ObjKind::BigInt), Some(ObjKind::BigInt)) => crate::ops::num_eq(a, b),
        (Some(ObjKind::Str), Some(_)) | (Some(_), Some(ObjKind::Str)) => {
            // A str against an instance may still be equal if the instance's
            // class subclasses str or defines __eq__.
            let other = if ka == Some(ObjKind::Str) { b } else { a };
            if other.kind() == Some(ObjKind::Instance) {
                None
            } else {
                Some(false)
            }
        }
        _ => None,
    }
}

impl Table {
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn probe(&self, key: &Value, hash: i64) -> Probe {
        self.probe_skipping(key, hash, &[])
    }

    /// Probes, skipping past candidates Python said are unequal.
    fn probe_skipping(&self, key: &Value, hash: i64, skip: &[usize]) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing(usize::MAX);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free_slot = usize::MAX;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing(if free_slot != usize::MAX { free_slot } else { i });
            }
            if ix == DUMMY {
                if free_slot == usize::MAX {
                    free_slot = i;
                }
            } else if !skip.contains(&(ix as usize)) {
                let e = &self.entries[ix as usize];
                if e.key.is(key) {
                    return Probe::Found(ix as usize);
                }
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => return Probe::Ask(ix as usize, e.key.clone()),
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn slot_of_entry(&self, hash: i64, entry_idx: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == entry_idx as u32 {
                return i;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Makes room for `n` entries in all, so that inserting them does not
    /// resize again (used when the number of items is known up front).
    pub fn reserve(&mut self, n: usize) {
        if self.indices.len() * 2 < n * 3 {
            self.resize(n);
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 {
            size *= 2;
        }
        // Compact the entries, dropping deleted ones.
        let old = std::mem::take(&mut self.entries);
        self.entries = old.into_iter().filter(|e| !e.key.is_null()).collect();
        // Room for every entry this index size admits before the next resize
        // (two thirds of it), so pushes between resizes never reallocate.
        self.entries.reserve_exact((size * 2 / 3).saturating_sub(self.entries.len()));
        self.indices = vec![EMPTY; size];
        self.fill = self.entries.len();
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = n as u32;
        }
        self.version = fresh_version();
    }

    fn insert_new(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        let needs_grow =
            self.indices.is_empty() || (self.fill.max(self.entries.len()) + 1) * 3 > self.indices.len() * 2;
        if needs_grow {
            self.resize((self.used + 1) * 2);
            // Re-probe for a free slot after the resize.
            let mask = self.indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = self.entries.len() as u32;
            self.fill += 1;
        } else {
            if self.indices[slot] == EMPTY {
                self.fill += 1;
            }
            self.indices[slot] = self.entries.len() as u32;
        }
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version = fresh_version();
    }

    fn remove_entry(&mut self, idx: usize) -> (Value, Value) {
        let hash = self.entries[idx].hash;
        let slot = self.slot_of_entry(hash, idx);
        self.indices[slot] = DUMMY;
        let e = &mut self.entries[idx];
        let k = e.key.take();
        let v = e.value.take();
        self.used -= 1;
        self.version = fresh_version();
        // Trailing deleted entries can be dropped so popitem stays O(1).
        while matches!(self.entries.last(), Some(e) if e.key.is_null()) {
            let h = self.entries.last().unwrap().hash;
            let _ = h;
            self.entries.pop();
            // The index slots that pointed at popped entries are already DUMMY.
        }
        (k, v)
    }

    /// Finds a key using only `fast_eq` (no Python code). Used for string keys.
    pub fn find_fast(&self, key: &Value, hash: i64) -> Option<usize> {
        match self.probe(key, hash) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    pub fn clear(&mut self) -> Vec<Entry> {
        self.indices.clear();
        self.used = 0;
        self.fill = 0;
        self.version = fresh_version();
        std::mem::take(&mut self.entries)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
    /// The number of entry positions, for index-based iteration that
    /// tolerates re-entrancy.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }
    pub fn entry(&self, idx: usize) -> Option<&Entry> {
        self.entries.get(idx).filter(|e| !e.key.is_null())
    }
}

/// Finds `key` (with `hash`) in `table`, calling Python equality when needed.
fn lookup(vm: &mut Vm, table: &PyCell<Table>, key: &Value, hash: i64) -> PyResult<Result<usize, usize>> {
    let mut skip: Vec<usize> = Vec::new();
    loop {
        let version = table.with(|t| t.version);
        let probe = table.with(|t| t.probe_skipping(key, hash, &skip));
        match probe {
            Probe::Found(i) => return Ok(Ok(i)),
            Probe::Missing(slot) => return Ok(Err(slot)),
            Probe::Ask(i, candidate) => {
                let equal = crate::ops::eq_bool(vm, &candidate, key)?;
                if table.with(|t| t.version) != version {
                    skip.clear();
                    continue;
                }
                if equal {
                    return Ok(Ok(i));
                }
                skip.push(i);
            }
        }
    }
}

/// `dict`: the payload.
pub struct Dict {
    pub table: PyCell<Table>,
}

impl Payload for Dict {
    const KIND: ObjKind = ObjKind::Dict;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.table.with(|t| {
            for e in t.iter() {
                visit(&e.key);
                visit(&e.value);
            }
        });
    }
    fn clear(&self) {
        let old = self.table.with_mut(|t| t.clear());
        drop(old);
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict { table: PyCell::new(Table::default()) }
    }
    pub fn len(&self) -> usize {
        self.table.with(|t| t.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn version(&self) -> u64 {
        self.table.with(|t| t.version)
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = crate::ops::hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(match lookup(vm, &self.table, key, hash)? {
            Ok(i) => self.table.with(|t| t.entries.get(i).map(|e| e.value.clone())),
            Err(_) => None,
        })
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = crate::ops::hash(vm, key)?;
        Ok(lookup(vm, &self.table, key, hash)?.is_ok())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = crate::ops::hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match lookup(vm, &self.table, &key, hash)? {
            Ok(i) => self.replace_value(i, value),
            Err(slot) => self.table.with_mut(|t| t.insert_new(slot, hash, key, value)),
        }
        Ok(())
    }

    /// Replaces the value of entry `i`. Storing a PEP 810 lazy-import proxy
    /// renews the version: caches of "key K is entry N" read the value at
    /// run time and must never hand out a proxy, which only the uncached
    /// load paths reify.
    fn replace_value(&self, i: usize, value: Value) {
        let renew = crate::lazy_import::is_lazy(&value);
        let old = self.table.with_mut(|t| {
            if renew {
                t.version = fresh_version();
            }
            std::mem::replace(&mut t.entries[i].value, value)
        });
        drop(old);
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = crate::ops::hash(vm, key)?;
        Ok(match lookup(vm, &self.table, key, hash)? {
            Ok(i) => {
                let (k, v) = self.table.with_mut(|t| t.remove_entry(i));
                drop(k);
                Some(v)
            }
            Err(_) => None,
        })
    }

    /// Lookup of a str key without running Python code.
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let hash = crate::types::str_hash(key);
        self.table.with(|t| t.find_fast(key, hash).map(|i| t.entries[i].value.clone()))
    }

    /// Insert with a str key without running Python code.
    pub fn set_str(&self, key: Value, value: Value) {
        let hash = crate::types::str_hash(&key);
        let found = self.table.with(|t| t.find_fast(&key, hash));
        match found {
            Some(i) => self.replace_value(i, value),
            None => self.table.with_mut(|t| {
                let slot = match t.probe(&key, hash) {
                    Probe::Missing(s) => s,
                    _ => usize::MAX,
                };
                t.insert_new(slot, hash, key, value)
            }),
        }
    }

    pub fn remove_str(&self, key: &Value) -> Option<Value> {
        let hash = crate::types::str_hash(key);
        let found = self.table.with(|t| t.find_fast(key, hash));
        found.map(|i| self.table.with_mut(|t| t.remove_entry(i)).1)
    }

    /// Position of a str key, for caches.
    pub fn index_of_str(&self, key: &Value) -> Option<usize> {
        let hash = crate::types::str_hash(key);
        self.table.with(|t| t.find_fast(key, hash))
    }

    /// The value at an entry position, if that entry is live.
    #[inline]
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        self.table.with(|t| t.entry(idx).map(|e| e.value.clone()))
    }
    /// The address of live entry `idx`'s value word (NULL once the entry is
    /// deleted), for a trace's inline read of a global: it stays the
    /// entry's while `version` is unchanged (every change to the entries'
    /// positions renews the version).
    pub fn value_address(&self, idx: usize) -> Option<u64> {
        self.table.with(|t| t.entry(idx).map(|e| &e.value as *const Value as u64))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.with(|t| t.iter().map(|e| e.key.clone()).collect())
    }
    pub fn values(&self) -> Vec<Value> {
        self.table.with(|t| t.iter().map(|e| e.value.clone()).collect())
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.with(|t| t.iter().map(|e| (e.key.clone(), e.value.clone())).collect())
    }
    pub fn clear_all(&self) {
        let old = self.table.with_mut(|t| t.clear());
        drop(old);
    }
    /// Removes and returns the last inserted item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let idx = self.table.with(|t| t.entries.iter().rposition(|e| !e.key.is_null()))?;
        Some(self.table.with_mut(|t| t.remove_entry(idx)))
    }
    /// Entry at position `idx` (for iterators): `Some(None)` for a deleted
    /// slot, `None` past the end.
    pub fn entry_at(&self, idx: usize) -> Option<Option<(Value, Value)>> {
        self.table.with(|t| {
            t.entries.get(idx).map(|e| if e.key.is_null() { None } else { Some((e.key.clone(), e.value.clone())) })
        })
    }
    pub fn entries_len(&self) -> usize {
        self.table.with(|t| t.entries_len())
    }
    /// A shallow copy (keys keep their hashes, so no Python code runs).
    pub fn copy(&self) -> Dict {
        let d = Dict::new();
        self.table.with(|src| {
            d.table.with_mut(|dst| {
                for e in src.iter() {
                    let slot = match dst.probe(&e.key, e.hash) {
                        Probe::Missing(s) => s,
                        _ => usize::MAX,
                    };
                    dst.insert_new(slot, e.hash, e.key.clone(), e.value.clone());
                }
            })
        });
        d
    }
}

/// `set` (and the table inside `frozenset`).
pub struct SetData {
    pub table: PyCell<Table>,
}

impl Payload for SetData {
    const KIND: ObjKind = ObjKind::Set;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.table.with(|t| t.iter().for_each(|e| visit(&e.key)));
    }
    fn clear(&self) {
        let old = self.table.with_mut(|t| t.clear());
        drop(old);
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData { table: PyCell::new(Table::default()) }
    }
    pub fn len(&self) -> usize {
        self.table.with(|t| t.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = crate::ops::hash(vm, key)?;
        Ok(lookup(vm, &self.table, key, hash)?.is_ok())
    }
    /// A set of `items` (duplicates dropped), sized for them up front.
    pub fn from_items(vm: &mut Vm, items: Vec<Value>) -> PyResult<SetData> {
        let data = SetData::new();
        data.table.with_mut(|t| t.reserve(items.len()));
        for x in items {
            data.add(vm, x)?;
        }
        Ok(data)
    }
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = crate::ops::hash(vm, &key)?;
        if let Err(slot) = lookup(vm, &self.table, &key, hash)? {
            self.table.with_mut(|t| t.insert_new(slot, hash, key, Value::NULL));
        }
        Ok(())
    }
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = crate::ops::hash(vm, key)?;
        Ok(match lookup(vm, &self.table, key, hash)? {
            Ok(i) => {
                let removed = self.table.with_mut(|t| t.remove_entry(i));
                drop(removed);
                true
            }
            Err(_) => false,
        })
    }
    pub fn items(&self) -> Vec<Value> {
        self.table.with(|t| t.iter().map(|e| e.key.clone()).collect())
    }
    pub fn clear_all(&self) {
        let old = self.table.with_mut(|t| t.clear());
        drop(old);
    }
    pub fn pop_any(&self) -> Option<Value> {
        let idx = self.table.with(|t| t.entries.iter().position(|e| !e.key.is_null()))?;
        Some(self.table.with_mut(|t| t.remove_entry(idx)).0)
    }
    pub fn copy(&self) -> SetData {
        let s = SetData::new();
        self.table.with(|src| {
            s.table.with_mut(|dst| {
                for e in src.iter() {
                    let slot = match dst.probe(&e.key, e.hash) {
                        Probe::Missing(sl) => sl,
                        _ => usize::MAX,
                    };
                    dst.insert_new(slot, e.hash, e.key.clone(), Value::NULL);
                }
            })
        });
        s
    }
    pub fn entry_at(&self, idx: usize) -> Option<Option<Value>> {
        self.table.with(|t| t.entries.get(idx).map(|e| if e.key.is_null() { None } else { Some(e.key.clone()) }))
    }
    pub fn entries_len(&self) -> usize {
        self.table.with(|t| t.entries_len())
    }
}
