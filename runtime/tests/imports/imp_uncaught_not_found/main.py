"""An uncaught ModuleNotFoundError raised from inside an imported module ends
the program with exit status 1 and the error as the last stderr line; output
printed before is kept."""
print("before the import")
import helper
print("not reached")
