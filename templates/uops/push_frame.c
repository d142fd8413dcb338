/* _PUSH_FRAME: an inline call with any number of arguments (see push_frame.h). */
#include "../push_frame.h"
