/* _BINARY_SUBSCR: `container[key]`. A list or tuple indexed by an in-range
 * small int is served by a fast path; everything else by the general
 * helper (tessera_jit_binary_subscr), which does what the interpreter does. */
#include "../jit.h"

extern TesseraHelper tessera_jit_binary_subscr;

UOP
{
    TesseraValue v = tessera_jit_subscr_seq_int(sp[-2], sp[-1]);
    if (__builtin_expect(v != TESSERA_NULL, 1)) {
        TesseraValue container = sp[-2];
        sp[-2] = v; /* the key is a small int: nothing to release */
        sp--;
        DECREF(container);
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_binary_subscr);
}
