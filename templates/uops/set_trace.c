/* _SET_TRACE: the first micro-op of a side trace, which its parent's exit
 * stub jumps to: the VM's running trace becomes this one (OPERAND is its
 * index), so the exits it takes are counted for it and hot ones get side
 * traces of their own. */
#include "../jit.h"

UOP
{
    vm->trace = OPERAND;
    CONTINUE();
}
