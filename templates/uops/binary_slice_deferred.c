/* _BINARY_SLICE_DEFERRED: a BINARY_SLICE whose result only the
 * _STORE_SLICE_FROM_SLICE after it reads (`a[i:j] = b[k:l:m]`). A list with
 * bounds that are small ints or None (a step not zero) stays on the stack
 * where the result goes, its bounds kept in the JIT's TesseraDeferredSlice
 * (OPERAND), so no temporary list is built. Anything else is the helper's
 * (tessera_jit_binary_slice_deferred), which slices at once. OPARG is the
 * number of bounds, 2 or 3. */
#include "../jit.h"

extern TesseraHelper tessera_jit_binary_slice_deferred;

static inline int tessera_slice_bound(TesseraValue v)
{
    return v == TESSERA_NONE || tessera_is_small_int(v);
}

UOP
{
    TesseraDeferredSlice *d = OPERAND_PTR(TesseraDeferredSlice);
    uint64_t n = OPARG;
    TesseraValue obj = sp[-(int64_t)n - 1];
    TesseraValue start = sp[-(int64_t)n];
    TesseraValue stop = sp[1 - (int64_t)n];
    TesseraValue step = n == 3 ? sp[-1] : TESSERA_NONE;
    if (tessera_is_ptr(obj) && ((const TesseraHeader *)tessera_ptr(obj))->kind == TESSERA_KIND_LIST
        && tessera_slice_bound(start) && tessera_slice_bound(stop) && tessera_slice_bound(step)
        && step != tessera_from_small_int(0)) {
        d->valid = 1;
        d->start = start;
        d->stop = stop;
        d->step = step;
        /* The bounds own nothing: popped by moving the stack pointer. */
        sp -= n;
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_binary_slice_deferred);
}
