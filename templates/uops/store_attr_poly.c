/* _STORE_ATTR_POLY: `obj.attr = v` where the interpreter's cache went
 * polymorphic (StoreAttrPoly): OPERAND is the cache's table (class
 * version, shape, slot per receiver type). An instance whose shape and
 * class version match an entry for an attribute it has gets the slot
 * replaced inline; anything else (an entry that adds the attribute, no
 * match, not an instance) runs the instruction's general case in a helper
 * (tessera_jit_store_attr, as for _STORE_ATTR), which never leaves the
 * trace. Stack: value, object. */
#include "../jit.h"

extern TesseraHelper tessera_jit_store_attr;

UOP
{
    TesseraValue obj = sp[-1];
    TesseraValue *slot = tessera_poly_store_slot(obj, OPERAND_PTR(const TesseraInlineCache));
    if (__builtin_expect(slot != 0, 1)) {
        TesseraValue old = *slot;
        *slot = sp[-2];
        sp -= 2;
        /* The old value (none if the slot was empty), then the object. */
        DECREF(old);
        DECREF(obj);
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_store_attr);
}
