/* _STORE_SLICE_FROM_SLICE: the STORE_SLICE of a _BINARY_SLICE_DEFERRED's
 * result, its bounds in the TesseraDeferredSlice at OPERAND. A run reversed
 * onto itself, `a[:k + 1] = a[k::-1]` with 0 <= k < len(a), is reversed in
 * place here: no count changes, nothing built. Every other case is the
 * helper's (tessera_jit_store_slice_from_slice), which copies items list to
 * list, or builds the slice for the general path. */
#include "../jit.h"

extern TesseraHelper tessera_jit_store_slice_from_slice;

UOP
{
    TesseraDeferredSlice *d = OPERAND_PTR(TesseraDeferredSlice);
    TesseraValue src = sp[-4], dst = sp[-3], lo = sp[-2], hi = sp[-1];
    if (OPARG == 2 && d->valid && src == dst && d->step == tessera_from_small_int(-1)
        && d->stop == TESSERA_NONE && tessera_is_small_int(d->start)
        && (lo == TESSERA_NONE || lo == tessera_from_small_int(0)) && tessera_is_small_int(hi)) {
        /* src == dst and the deferred uop checked that src is a list. */
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(src);
        int64_t k = tessera_small_int(d->start);
        if (k >= 0 && k < tessera_seq_len(h, 1) && tessera_small_int(hi) == k + 1) {
            TesseraValue *items = tessera_seq_items(h, 1);
            for (int64_t i = 0, j = k; i < j; i++, j--) {
                TesseraValue t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            d->valid = 0;
            /* The bounds own nothing; the list's two references go. */
            sp -= 4;
            DECREF(dst);
            DECREF(src);
            CONTINUE();
        }
    }
    GENERAL_CASE(tessera_jit_store_slice_from_slice);
}
