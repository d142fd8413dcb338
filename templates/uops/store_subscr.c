/* _STORE_SUBSCR: the general case of the STORE_SUBSCR instruction, by a runtime helper
 * (tessera_jit_store_subscr) that does what the interpreter does. */
#define HELPER tessera_jit_store_subscr
#include "../helper.h"
