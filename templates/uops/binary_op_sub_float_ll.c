/* _BINARY_OP_SUB_FLOAT_LL: `a - b` on two locals known to hold floats,
 * pushed (see float_ll.h). */
#define FLOAT_LL_OP -
#define FLOAT_LL_GUARD 0
#define FLOAT_LL_STORE 0
#define CACHED_PUSHES 1
#include "../float_ll.h"
