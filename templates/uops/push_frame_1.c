/* _PUSH_FRAME_1: an inline call with 1 argument, self included (see push_frame.h). */
#define PUSH_NARGS 1
#include "../push_frame.h"
