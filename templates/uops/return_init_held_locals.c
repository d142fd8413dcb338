/* _RETURN_INIT_HELD_LOCALS: _RETURN_INIT_HELD where `__init__`'s reference
 * is released in full (code it ran may have changed its class; see
 * return.h). */
#define RETURN_INIT
#define HELD
#include "../return.h"
