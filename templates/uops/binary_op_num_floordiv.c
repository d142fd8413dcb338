/* _BINARY_OP_NUM_FLOORDIV: `a // b` with inline fast paths for small ints and
 * floats, else the instruction's general case (see num.h). */
#define NUM_OP NUM_FLOORDIV
#include "../num.h"
