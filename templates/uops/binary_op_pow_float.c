/* _BINARY_OP_POW_FLOAT: `a ** b` where the optimizer knows both are
 * floats, for a positive finite base, a finite exponent and a normal
 * result: libm's pow, as the interpreter's float `**` calls it. Anything
 * else (a negative base makes a complex number, zero to a negative power
 * raises, an overflow raises) leaves the trace at the instruction, so the
 * result is always a float, and what follows needs no guard on it. */
#include "../jit.h"

extern double tessera_jit_pow(double x, double y);

UOP
{
    double x = tessera_float(sp[-2]);
    double y = tessera_float(sp[-1]);
    EXIT_IF(!(x > 0.0 && __builtin_isfinite(x) && __builtin_isfinite(y)));
    double r = tessera_jit_pow(x, y);
    EXIT_IF(!__builtin_isnormal(r));
    sp[-2] = tessera_from_float(r);
    sp--;
    CONTINUE();
}
