/* _UNARY_NOT: the general case of the UNARY_NOT instruction, by a runtime helper
 * (tessera_jit_unary_not) that does what the interpreter does. */
#define HELPER tessera_jit_unary_not
#include "../helper.h"
