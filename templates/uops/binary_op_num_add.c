/* _BINARY_OP_NUM_ADD: `a + b` with inline fast paths for small ints and
 * floats, else the instruction's general case (see num.h). */
#define NUM_OP NUM_ADD
#include "../num.h"
