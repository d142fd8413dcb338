/* _BINARY_SUBSCR: `container[key]`. A list or tuple indexed by an in-range
 * small int is read inline (the items at the offsets tessera.h gives);
 * everything else goes to the general helper (tessera_jit_binary_subscr),
 * which does what the interpreter does. */
#include "../subscr.h"

extern TesseraHelper tessera_jit_binary_subscr;

UOP
{
    TesseraValue container = sp[-2];
    TesseraValue v;
    if (tessera_seq_item_fast(container, sp[-1], &v)) {
        sp[-2] = v; /* the key is a small int: nothing to release */
        sp--;
        DECREF(container);
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_binary_subscr);
}
