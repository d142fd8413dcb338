/* _BINARY_OP_SUB_FLOAT_LL_STORE: `a - b` on two locals known to hold floats,
 * stored into local c (see float_ll.h). */
#define FLOAT_LL_OP -
#define FLOAT_LL_GUARD 0
#define FLOAT_LL_STORE 1
#define CACHED_PUSHES 0
#include "../float_ll.h"
