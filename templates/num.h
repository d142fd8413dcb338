/* num.h: the body of the _BINARY_OP_NUM_* micro-ops: one binary operator,
 * with the interpreter's inline fast paths for small ints and floats
 * (`numeric_binop_fast` in interp.rs, mirrored case for case so both tiers
 * give the same results), and the instruction's general case (the runtime
 * helper tessera_jit_binary_op) for everything else: other types, results
 * that need a big int, errors.
 *
 * A template defines NUM_OP as the operator's BinOp number (bytecode.rs):
 * 0 +, 1 -, 2 *, 4 /, 5 //, 6 %, 7 **. OPARG is the instruction's
 * argument (operator and in-place flag), OPERAND1 the pc after it.
 *
 * These serve the sites the interpreter left generic (their operand types
 * vary, or mix ints and floats), which projection cannot guard on.
 */
#ifndef TESSERA_NUM_H
#define TESSERA_NUM_H

#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "jit.h"

extern TesseraHelper tessera_jit_binary_op;
/* libm's pow, as the interpreter calls it (f64::powf). */
extern double tessera_jit_pow(double x, double y);

#define NUM_ADD 0
#define NUM_SUB 1
#define NUM_MUL 2
#define NUM_TRUEDIV 4
#define NUM_FLOORDIV 5
#define NUM_MOD 6
#define NUM_POW 7

UOP
{
    TesseraValue a = IN(0);
    TesseraValue b = IN(1);
    if (tessera_is_small_int(a) && tessera_is_small_int(b)) {
        int64_t x = tessera_small_int(a);
        int64_t y = tessera_small_int(b);
        int64_t r;
        int ok = 1;
#if NUM_OP == NUM_ADD || NUM_OP == NUM_SUB || NUM_OP == NUM_MUL
        /* Scaled, so overflow is the range check (see tessera_small_int_hi). */
        (void)x;
        (void)y;
#if NUM_OP == NUM_ADD
        ok = !__builtin_add_overflow(tessera_small_int_hi(a), tessera_small_int_hi(b), &r);
#elif NUM_OP == NUM_SUB
        ok = !__builtin_sub_overflow(tessera_small_int_hi(a), tessera_small_int_hi(b), &r);
#else
        ok = !__builtin_mul_overflow(tessera_small_int_hi(a), y, &r);
#endif
        if (ok) {
            POP_INPUTS();
            PUSH(tessera_from_small_int_hi(r));
            CONTINUE();
        }
#elif NUM_OP == NUM_FLOORDIV
        ok = y != 0;
        if (ok) {
            /* Python's floor division: round toward negative infinity. */
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) {
                r -= 1;
            }
        }
#elif NUM_OP == NUM_MOD
        ok = y != 0;
        if (ok) {
            /* Python's modulo takes the divisor's sign. */
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) {
                r += y;
            }
        }
#else
        ok = 0; /* int / int and int ** int: the general case */
        r = 0;
#endif
        if (ok && r >= TESSERA_SMALL_INT_MIN && r <= TESSERA_SMALL_INT_MAX) {
            POP_INPUTS();
            PUSH(tessera_from_small_int(r));
            CONTINUE();
        }
    }
#if NUM_OP != NUM_FLOORDIV && NUM_OP != NUM_MOD
    else if ((tessera_is_float(a) || tessera_is_small_int(a)) && (tessera_is_float(b) || tessera_is_small_int(b))) {
        /* At least one float; a small int converts exactly. */
        double x = tessera_is_float(a) ? tessera_float(a) : (double)tessera_small_int(a);
        double y = tessera_is_float(b) ? tessera_float(b) : (double)tessera_small_int(b);
        double r;
        int ok = 1;
#if NUM_OP == NUM_ADD
        r = x + y;
#elif NUM_OP == NUM_SUB
        r = x - y;
#elif NUM_OP == NUM_MUL
        r = x * y;
#elif NUM_OP == NUM_TRUEDIV
        ok = y != 0.0;
        r = ok ? x / y : 0.0;
#elif NUM_OP == NUM_POW
        /* A positive finite base; an overflow or underflow takes the
         * general case for its errors. */
        ok = x > 0.0 && __builtin_isfinite(x) && __builtin_isfinite(y);
        r = ok ? tessera_jit_pow(x, y) : 0.0;
        ok = ok && __builtin_isnormal(r);
#endif
        if (ok) {
            POP_INPUTS();
            PUSH(tessera_from_float(r));
            CONTINUE();
        }
    }
#endif
    GENERAL_CASE(tessera_jit_binary_op);
}

#endif /* TESSERA_NUM_H */
