/* _RETURN_INIT_HELD: _RETURN_INIT where the optimizer proved that no
 * release frees anything (as _RETURN_VALUE_HELD): the locals in the mask
 * OPERAND hold `self` (which the frame's result holds too) or values the
 * caller's locals hold, the others NULL, ints or floats, and `__init__`
 * is held by its class. Each count drops by one, untested. */
#define RETURN_INIT_HELD
#include "../return_init.h"
