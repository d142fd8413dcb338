/* _RETURN_VALUE_HELD_LOCALS: _RETURN_VALUE_HELD where the function's
 * reference is released in full (code the callee ran may have dropped its
 * holder; see return.h). */
#define HELD
#include "../return.h"
