/* _BINARY_SUBSCR_KEEP: `COPY 2; COPY 2; BINARY_SUBSCR`, the read half of
 * `container[key] op= value`: push container[key] and keep the container
 * and key below it for the store that follows (_STORE_SUBSCR_UNDER). A list
 * or tuple item by an in-range small int is read inline, with no count
 * traffic on the container (the stack keeps its reference); otherwise the
 * two copies are made and the general helper (tessera_jit_binary_subscr)
 * runs the BINARY_SUBSCR as the interpreter would. */
#include "../subscr.h"

extern TesseraHelper tessera_jit_binary_subscr;

UOP
{
    TesseraValue container = sp[-2];
    TesseraValue key = sp[-1];
    TesseraValue v;
    if (tessera_seq_item_fast(container, key, &v)) {
        *sp++ = v;
        CONTINUE();
    }
    tessera_incref(container);
    tessera_incref(key);
    sp[0] = container;
    sp[1] = key;
    sp += 2;
    GENERAL_CASE(tessera_jit_binary_subscr);
}
