/* _STORE_SUBSCR: `container[key] = value` (stack: value, container, key).
 * A list item by an in-range small int is stored by a fast path;
 * everything else by the general helper (tessera_jit_store_subscr). */
#include "../jit.h"

extern TesseraHelper tessera_jit_store_subscr;

UOP
{
    TesseraValue old;
    if (__builtin_expect(tessera_jit_store_list_int(sp[-2], sp[-1], sp[-3], &old), 1)) {
        TesseraValue container = sp[-2];
        sp -= 3; /* the value moved into the list; the key is a small int */
        DECREF(container);
        DECREF(old);
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_store_subscr);
}
