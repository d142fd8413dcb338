/* _JUMP_TO_TOP: loop back to the start of the trace (the jump target). */
#include "../jit.h"

UOP
{
    JUMP_TO_JUMP_TARGET();
}
