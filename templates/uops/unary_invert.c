/* _UNARY_INVERT: the general case of the UNARY_INVERT instruction, by a runtime helper
 * (tessera_jit_unary_invert) that does what the interpreter does. */
#define HELPER tessera_jit_unary_invert
#include "../helper.h"
