/* _STORE_SUBSCR_UNDER: `SWAP 3; SWAP 2; STORE_SUBSCR`, the write half of
 * `container[key] op= value` (stack: container, key, value). A list item by
 * an in-range small int is stored inline; otherwise the two swaps are made
 * and the general helper (tessera_jit_store_subscr) runs the STORE_SUBSCR
 * as the interpreter would. */
#include "../subscr.h"

extern TesseraHelper tessera_jit_store_subscr;

UOP
{
    TesseraValue container = sp[-3];
    TesseraValue key = sp[-2];
    TesseraValue value = sp[-1];
    TesseraValue old;
    if (tessera_list_store_fast(container, key, value, &old)) {
        sp -= 3; /* the key is a small int */
        DECREF(container);
        DECREF(old);
        CONTINUE();
    }
    sp[-3] = value;
    sp[-2] = container;
    sp[-1] = key;
    GENERAL_CASE(tessera_jit_store_subscr);
}
