/* _BINARY_OP_SUB_FLOAT_LL_GUARD: _BINARY_OP_SUB_FLOAT_LL for two locals
 * not yet known to hold floats (`_LOAD_FAST a; _LOAD_FAST b;
 * _GUARD_BOTH_FLOAT; _BINARY_OP_SUB_FLOAT`, fused). Unless both are
 * floats, it pushes them as the loads would have and leaves the trace at
 * the operation, where the guard would have left. */
#include "../jit.h"

UOP
{
    TesseraValue a = LOCAL;
    TesseraValue b = LOCAL2;
    if (__builtin_expect(!(tessera_is_float(a) && tessera_is_float(b)), 0)) {
        tessera_incref(a);
        tessera_incref(b);
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        __attribute__((musttail)) return _JIT_EXIT_TARGET(frame, sp, vm);
    }
    *sp++ = tessera_from_float(tessera_float(a) - tessera_float(b));
    CONTINUE();
}
