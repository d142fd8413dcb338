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
    if (__builtin_expect(tessera_is_ptr(obj), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(obj);
        if (__builtin_expect(h->kind == TESSERA_KIND_INSTANCE, 1)) {
            uint64_t shape = tessera_shape_of(h);
            uint64_t version = tessera_class_version_of(h);
            const TesseraInlineCache *e = (const TesseraInlineCache *)OPERAND;
#pragma clang loop unroll(full)
            for (int i = 0; i < TESSERA_POLY_ENTRIES; i++) {
                if (e[i].extra == shape && e[i].guard == version) {
                    TesseraValue v = tessera_instance_slots_of(obj)[e[i].index];
                    if (__builtin_expect(v != TESSERA_NULL, 1)) {
                        tessera_incref(v);
                        sp[-1] = v;
                        DECREF(obj);
                        CONTINUE();
                    }
                    break;
                }
            }
        }
    }
    GENERAL_CASE(tessera_jit_load_attr);
}
