//! Runtime helpers that stencils call (the `tessera_jit_*` symbols), and the
//! table that resolves their names for the trace compiler.

use crate::object::Header;

/// Frees an object whose count a stencil dropped to zero.
///
/// # Safety
/// `object` is a heap object whose reference count just reached zero.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_dealloc(object: *mut Header) {
    // SAFETY: forwarded from the caller; `decref` on a zero count would
    // underflow, so restore the reference the stencil released first.
    unsafe {
        (*object).incref();
        crate::object::decref(object);
    }
}

/// The address of a runtime helper, by the name the templates use.
pub fn symbol_address(name: &str) -> Option<u64> {
    Some(match name {
        "tessera_jit_dealloc" => tessera_jit_dealloc as *const () as u64,
        _ => return None,
    })
}
