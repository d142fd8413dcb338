//! The value word: every Python value is one 64-bit word, NaN-boxed.
//!
//! A float is stored as its own IEEE-754 bits, so float arithmetic never
//! allocates and compiled code can keep floats in registers unchanged. All other
//! values live in the negative quiet-NaN space, which real floats never use
//! because every NaN the runtime produces is canonicalised to the positive quiet
//! NaN first:
//!
//! ```text
//! !pointer                     heap object (refcounted): the complement of a
//!                              48-bit address, so the top 16 bits are 0xFFFF
//! 0xFFF9 | 48-bit signed int   small int, -2**47 .. 2**47-1
//! 0xFFFA | small payload       NULL (unbound), None, False, True
//! anything else                an f64
//! ```
//!
//! Heap pointers are the hottest case (every reference-count update tests
//! for one and follows it), so their encoding is the cheapest to test and
//! decode: "is a pointer" is one unsigned compare (the word is at least
//! `0xFFFF << 48`), and the address is one `not`, where a tag in the top bits
//! would need a mask constant and an `and` on every dereference.
//!
//! Small ints cover 48 bits so that hashes, masks and most loop arithmetic stay
//! unboxed; results outside that range become heap big ints transparently. The
//! same layout is written for C in `templates/tessera.h`, and `tests/layout.rs`
//! checks that the two agree.
//!
//! `Value` owns a reference: `Clone` increments the object's count and `Drop`
//! decrements it, so Rust code that holds a `Value` keeps the object alive and
//! the cycle collector sees that reference as external.

use crate::object::{Header, ObjKind};
use std::fmt;
use std::marker::PhantomData;

/// The top 16 bits of a heap pointer's word (the complement of an address
/// below 2**48); every word at or above this value is a pointer.
pub const TAG_PTR: u64 = 0xFFFF_0000_0000_0000;
/// Tag in the top 16 bits of a small int.
pub const TAG_INT: u64 = 0xFFF9_0000_0000_0000;
/// Tag in the top 16 bits of the singletons.
pub const TAG_SPECIAL: u64 = 0xFFFA_0000_0000_0000;
/// Mask that selects the tag of a boxed (non-float) value.
pub const TAG_MASK: u64 = 0xFFFF_0000_0000_0000;
/// Every boxed value has these bits set; a float never does.
pub const BOXED_MASK: u64 = 0xFFF8_0000_0000_0000;
/// The low 48 bits carry the payload.
pub const PAYLOAD_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;
/// The one NaN bit pattern the runtime stores.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest small int.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
/// Largest small int.
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

/// Bits of the singletons.
pub const BITS_NULL: u64 = TAG_SPECIAL;
pub const BITS_NONE: u64 = TAG_SPECIAL | 1;
pub const BITS_FALSE: u64 = TAG_SPECIAL | 2;
pub const BITS_TRUE: u64 = TAG_SPECIAL | 3;

/// One Python value. See the module documentation for the encoding.
#[repr(transparent)]
pub struct Value(u64, PhantomData<*const ()>);

impl Value {
    /// The unbound marker: an empty local slot or a missing result. Never
    /// visible to Python code.
    pub const NULL: Value = Value(BITS_NULL, PhantomData);
    pub const NONE: Value = Value(BITS_NONE, PhantomData);
    pub const FALSE: Value = Value(BITS_FALSE, PhantomData);
    pub const TRUE: Value = Value(BITS_TRUE, PhantomData);

    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0
    }

    /// Rebuilds a value from bits without touching a reference count.
    ///
    /// # Safety
    /// The caller transfers ownership of one reference encoded in `bits` (or
    /// the bits are not a pointer).
    #[inline(always)]
    pub unsafe fn from_bits(bits: u64) -> Value {
        Value(bits, PhantomData)
    }

    /// Gives up this value's reference and returns its bits.
    #[inline(always)]
    pub fn into_bits(self) -> u64 {
        let bits = self.0;
        std::mem::forget(self);
        bits
    }

    #[inline(always)]
    pub fn float(x: f64) -> Value {
        if x.is_nan() {
            Value(CANONICAL_NAN, PhantomData)
        } else {
            Value(x.to_bits(), PhantomData)
        }
    }

    /// A small int; the caller guarantees the range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value(TAG_INT | (i as u64 & PAYLOAD_MASK), PhantomData)
    }

    /// Whether `i` fits the small-int payload.
    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// Wraps a heap object pointer, taking ownership of one reference.
    #[inline(always)]
    pub fn from_header(ptr: *const Header) -> Value {
        debug_assert!(!ptr.is_null());
        debug_assert_eq!(ptr as u64 & !PAYLOAD_MASK, 0);
        Value(!(ptr as u64), PhantomData)
    }

    #[inline(always)]
    pub fn is_float(&self) -> bool {
        self.0 & BOXED_MASK != BOXED_MASK
    }
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0 & TAG_MASK == TAG_INT
    }
    #[inline(always)]
    pub fn is_ptr(&self) -> bool {
        self.0 >= TAG_PTR
    }
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.0 == BITS_NULL
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.0 == BITS_NONE
    }
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.0 == BITS_TRUE || self.0 == BITS_FALSE
    }
    #[inline(always)]
    pub fn is_true_singleton(&self) -> bool {
        self.0 == BITS_TRUE
    }

    #[inline(always)]
    pub fn as_float(&self) -> f64 {
        f64::from_bits(self.0)
    }
    /// The payload of a small int, sign-extended.
    #[inline(always)]
    pub fn as_small_int(&self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn header_ptr(&self) -> *const Header {
        !self.0 as *const Header
    }

    /// The header of a heap object, or `None` for immediates.
    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_ptr() {
            // SAFETY: a pointer-tagged value owns a reference, so the object is
            // alive for at least as long as `self` is borrowed.
            Some(unsafe { &*self.header_ptr() })
        } else {
            None
        }
    }

    /// The object kind of a heap value.
    #[inline(always)]
    pub fn kind(&self) -> Option<ObjKind> {
        self.header().map(|h| h.kind)
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Takes the value out, leaving NULL behind.
    #[inline(always)]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Value::NULL)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            // SAFETY: see `header`; the count is not atomic because values never
            // cross threads (`Value` is neither Send nor Sync).
            unsafe { (*self.header_ptr()).incref() };
        }
        Value(self.0, PhantomData)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            // SAFETY: this value owns one reference; releasing it may free the
            // object, after which `self` is never used again.
            unsafe { crate::object::decref(self.header_ptr()) };
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_ptr() {
            write!(f, "Obj({:?}@{:p})", self.kind(), self.header_ptr())
        } else {
            match self.0 {
                BITS_NULL => write!(f, "NULL"),
                BITS_NONE => write!(f, "None"),
                BITS_TRUE => write!(f, "True"),
                BITS_FALSE => write!(f, "False"),
                b => write!(f, "Special({b:#x})"),
            }
        }
    }
}

/// `Value` is neither `Send` nor `Sync` (the `PhantomData<*const ()>`):
/// reference counts are plain integers.
const _: () = assert!(std::mem::size_of::<Value>() == 8);

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case: a float, and whether it must come back bit-identical.
    #[test]
    fn floats_round_trip_through_the_word() {
        let cases = [0.0, -0.0, 1.5, -2.25e300, f64::MIN_POSITIVE, 5e-324, f64::INFINITY, f64::NEG_INFINITY, f64::MAX];
        for x in cases {
            let v = Value::float(x);
            assert!(v.is_float(), "{x} is a float");
            assert!(!v.is_small_int() && !v.is_ptr() && !v.is_none());
            assert_eq!(v.as_float().to_bits(), x.to_bits(), "{x} round-trips");
        }
    }

    #[test]
    fn every_nan_is_canonical_and_still_a_float() {
        // A NaN with the sign bit and payload of a boxed tag must not be
        // mistaken for a pointer.
        for bits in [0x7FF8_0000_0000_0001u64, 0xFFF8_0000_0000_1234, 0xFFF9_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF] {
            let v = Value::float(f64::from_bits(bits));
            assert_eq!(v.bits(), CANONICAL_NAN);
            assert!(v.is_float() && v.as_float().is_nan());
        }
    }

    #[test]
    fn small_ints_cover_48_bits_with_sign() {
        for i in [0, 1, -1, 42, -42, SMALL_INT_MAX, SMALL_INT_MIN, 1 << 40, -(1 << 40)] {
            assert!(Value::fits_small(i));
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(!Value::fits_small(SMALL_INT_MAX + 1));
        assert!(!Value::fits_small(SMALL_INT_MIN - 1));
    }

    #[test]
    fn singletons_are_distinct() {
        let all = [Value::NULL, Value::NONE, Value::FALSE, Value::TRUE];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_ptr());
            for (j, b) in all.iter().enumerate() {
                assert_eq!(a.is(b), i == j);
            }
        }
        assert!(Value::bool(true).is_true_singleton());
        assert!(Value::NONE.is_none() && Value::NULL.is_null());
    }
}
