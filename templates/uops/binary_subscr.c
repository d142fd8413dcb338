/* _BINARY_SUBSCR: the general case of the BINARY_SUBSCR instruction, by a runtime helper
 * (tessera_jit_binary_subscr) that does what the interpreter does. */
#define HELPER tessera_jit_binary_subscr
#include "../helper.h"
