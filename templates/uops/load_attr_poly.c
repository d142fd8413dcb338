/* _LOAD_ATTR_POLY: `obj.attr` where the interpreter's cache went
 * polymorphic (LoadAttrPoly): OPERAND is the cache's table of entries, one
 * per receiver type it saw (class version, shape, slot). An instance whose
 * shape and class version match an entry gets the slot read inline;
 * anything else (no entry matches, the slot is empty, not an instance)
 * runs the instruction's general case in a helper, which never leaves the
 * trace. The table is read as it is now: an entry the interpreter adds
 * after the trace was compiled is used too. */
#include "../jit.h"

extern TesseraHelper tessera_jit_load_attr;

UOP
{
    TesseraValue obj = sp[-1];
    TesseraValue v = tessera_poly_slot(obj, OPERAND_PTR(const TesseraInlineCache));
    if (__builtin_expect(v != TESSERA_NULL, 1)) {
        tessera_incref(v);
        sp[-1] = v;
        DECREF(obj);
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_load_attr);
}
