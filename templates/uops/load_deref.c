/* _LOAD_DEREF: LOAD_DEREF of the cell in local OPARG: a bound cell's value
 * is pushed inline; anything else (an unbound cell, which raises
 * NameError) is the helper's (tessera_jit_load_deref), which does what the
 * interpreter does. */
#include "../jit.h"

extern TesseraHelper tessera_jit_load_deref;

UOP
{
    TesseraValue cell = LOCAL;
    if (tessera_is_ptr(cell)) {
        const char *c = (const char *)tessera_ptr(cell);
        if (((const TesseraHeader *)c)->kind == TESSERA_KIND_CELL) {
            TesseraValue v = *(const TesseraValue *)(c + TESSERA_CELL_VALUE_OFFSET);
            if (__builtin_expect(v != TESSERA_NULL, 1)) {
                tessera_incref(v);
                *sp++ = v;
                CONTINUE();
            }
        }
    }
    GENERAL_CASE(tessera_jit_load_deref);
}
