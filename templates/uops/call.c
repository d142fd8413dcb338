/* _CALL: the general case of the CALL instruction, by a runtime helper
 * (tessera_jit_call) that does what the interpreter does. */
#define HELPER tessera_jit_call
#include "../helper.h"
