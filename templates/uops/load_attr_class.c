/* _LOAD_ATTR_CLASS: `cls.name` where the interpreter specialized to
 * LoadAttrClass: OPERAND is the instruction's inline cache, read live (it
 * holds the class, its version and the attribute's value, written
 * together; the code object owns it). When the object on top of the stack
 * is that class at that version, the value is pushed inline (the class's
 * dict holds it while the version is unchanged); a value that may be a
 * descriptor (aux 2) and every miss are the helper's
 * (tessera_jit_load_attr), which does what the interpreter does. */
#include "../jit.h"

extern TesseraHelper tessera_jit_load_attr;

UOP
{
    const TesseraInlineCache *c = OPERAND_PTR(const TesseraInlineCache);
    TesseraValue obj = sp[-1];
    if (obj == c->extra && c->aux == 0 && tessera_is_ptr(obj)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(obj);
        if (h->kind == TESSERA_KIND_CLASS && *(const uint64_t *)((const char *)h + TESSERA_CLASS_VERSION_OFFSET) == c->guard) {
            TesseraValue v = c->extra2;
            tessera_incref(v);
            sp[-1] = v;
            DECREF(obj);
            CONTINUE();
        }
    }
    GENERAL_CASE(tessera_jit_load_attr);
}
