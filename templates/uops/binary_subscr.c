/* _BINARY_SUBSCR: `container[key]`. A list or tuple indexed by an in-range
 * small int is read inline (the items at the offsets tessera.h gives);
 * everything else goes to the general helper (tessera_jit_binary_subscr),
 * which does what the interpreter does. */
#include "../jit.h"

extern TesseraHelper tessera_jit_binary_subscr;

UOP
{
    TesseraValue container = sp[-2];
    TesseraValue key = sp[-1];
    if (__builtin_expect(tessera_is_ptr(container) && tessera_is_small_int(key), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(container);
        int is_list = h->kind == TESSERA_KIND_LIST;
        if (is_list || h->kind == TESSERA_KIND_TUPLE) {
            int64_t n = tessera_seq_len(h, is_list);
            int64_t i = tessera_small_int(key);
            if (i < 0) {
                i += n;
            }
            if (__builtin_expect((uint64_t)i < (uint64_t)n, 1)) {
                TesseraValue v = tessera_seq_items(h, is_list)[i];
                tessera_incref(v);
                sp[-2] = v; /* the key is a small int: nothing to release */
                sp--;
                DECREF(container);
                CONTINUE();
            }
        }
    }
    GENERAL_CASE(tessera_jit_binary_subscr);
}
