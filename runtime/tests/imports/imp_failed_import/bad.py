"""Module that imports a dependency, defines a name, then raises."""
print("running bad")
import dep

EARLY = "defined before the error"
raise ValueError("bad is broken")
