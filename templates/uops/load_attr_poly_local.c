/* _LOAD_ATTR_POLY_LOCAL: _LOAD_FAST of local OPARG fused with
 * _LOAD_ATTR_POLY: the slot of the local's instance is read through the
 * polymorphic cache's table (OPERAND) without touching the instance's
 * count. Anything else pushes the instance as _LOAD_FAST would have and
 * runs the instruction's general case in the helper, which never leaves
 * the trace. */
#include "../jit.h"

extern TesseraHelper tessera_jit_load_attr;

UOP
{
    TesseraValue obj = LOCAL;
    TesseraValue v = tessera_poly_slot(obj, OPERAND_PTR(const TesseraInlineCache));
    if (__builtin_expect(v != TESSERA_NULL, 1)) {
        tessera_incref(v);
        *sp++ = v;
        CONTINUE();
    }
    tessera_incref(obj);
    *sp++ = obj;
    GENERAL_CASE(tessera_jit_load_attr);
}
