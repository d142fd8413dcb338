/* _STORE_SUBSCR: `container[key] = value` (stack: value, container, key).
 * A list item by an in-range small int is stored inline; everything else
 * goes to the general helper (tessera_jit_store_subscr). */
#include "../subscr.h"

extern TesseraHelper tessera_jit_store_subscr;

UOP
{
    TesseraValue container = sp[-2];
    TesseraValue old;
    if (tessera_list_store_fast(container, sp[-1], sp[-3], &old)) {
        sp -= 3; /* the key is a small int */
        DECREF(container);
        DECREF(old);
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_store_subscr);
}
