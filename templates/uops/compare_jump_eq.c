/* _COMPARE_JUMP_EQ: `a == b` on two small ints or two floats, checked here,
 * then a branch (see cmp.h); other operand types leave the trace. */
#define CMP(a, b) ((a) == (b))
#include "../cmp.h"
