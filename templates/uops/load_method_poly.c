/* _LOAD_METHOD_POLY: `obj.method` as a method call's callable and self
 * (stack: obj -> method, obj) where the interpreter's cache went
 * polymorphic (LoadMethodPoly): OPERAND is the cache's table, one entry
 * per receiver type it saw (class version, method, the instance's shape).
 * An instance in shape mode whose class version and shape match an entry
 * (so no attribute of its own hides the method, and the class still holds
 * it) gets the method pushed inline; anything else (a classmethod entry,
 * no match, not an instance) runs the general case in a helper, which
 * never leaves the trace. */
#include "../jit.h"

extern TesseraHelper tessera_jit_load_method;

UOP
{
    TesseraValue obj = sp[-1];
    if (__builtin_expect(tessera_is_ptr(obj), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(obj);
        if (__builtin_expect(h->kind == TESSERA_KIND_INSTANCE &&
                                 *(const TesseraValue *)((const char *)h + TESSERA_INSTANCE_DICT_OFFSET) == TESSERA_NULL,
                             1)) {
            uint64_t shape = tessera_shape_of(h);
            uint64_t version = tessera_class_version_of(h);
            const TesseraInlineCache *e = OPERAND_PTR(const TesseraInlineCache);
#pragma clang loop unroll(full)
            for (int i = 0; i < TESSERA_POLY_ENTRIES; i++) {
                if (e[i].extra2 == shape && e[i].guard == version) {
                    if (__builtin_expect(e[i].aux == 1, 0)) {
                        break;
                    }
                    TesseraValue m = e[i].extra;
                    tessera_incref(m);
                    sp[-1] = m;
                    sp[0] = obj; /* the reference moves to the self slot */
                    sp++;
                    CONTINUE();
                }
            }
        }
    }
    GENERAL_CASE(tessera_jit_load_method);
}
