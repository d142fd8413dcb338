/* _BINARY_OP_ADD_FLOAT_LL: `a + b` for two locals the optimizer knows
 * hold floats (`_LOAD_FAST_NOREF a; _LOAD_FAST_NOREF b;
 * _BINARY_OP_ADD_FLOAT`, fused): both are read from the frame and only
 * the result is pushed. Local a is OPARG's low half, b its high half. */
#include "../jit.h"

UOP
{
    double r = tessera_float(LOCAL) + tessera_float(LOCAL2);
    *sp++ = tessera_from_float(r);
    CONTINUE();
}
