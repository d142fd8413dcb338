/* _BINARY_OP_NUM_SUB: `a - b` with inline fast paths for small ints and
 * floats, else the instruction's general case (see num.h). */
#define NUM_OP NUM_SUB
#include "../num.h"
