/* _UNARY_NEGATIVE: the general case of the UNARY_NEGATIVE instruction, by a runtime helper
 * (tessera_jit_unary_negative) that does what the interpreter does. */
#define HELPER tessera_jit_unary_negative
#include "../helper.h"
