/* _STORE_SUBSCR: `container[key] = value` (stack: value, container, key).
 * A list item by an in-range small int is stored inline; everything else
 * goes to the general helper (tessera_jit_store_subscr). */
#include "../jit.h"

extern TesseraHelper tessera_jit_store_subscr;

UOP
{
    TesseraValue container = sp[-2];
    TesseraValue key = sp[-1];
    if (__builtin_expect(tessera_is_ptr(container) && tessera_is_small_int(key), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(container);
        if (h->kind == TESSERA_KIND_LIST) {
            int64_t n = tessera_seq_len(h, 1);
            int64_t i = tessera_small_int(key);
            if (i < 0) {
                i += n;
            }
            if (__builtin_expect((uint64_t)i < (uint64_t)n, 1)) {
                TesseraValue *items = tessera_seq_items(h, 1);
                TesseraValue old = items[i];
                items[i] = sp[-3]; /* the value's reference moves into the list */
                sp -= 3;           /* the key is a small int */
                DECREF(container);
                DECREF(old);
                CONTINUE();
            }
        }
    }
    GENERAL_CASE(tessera_jit_store_subscr);
}
