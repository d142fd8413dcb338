"""Records, while running, what sys.modules and the parent package hold."""
import sys

SEEN = ("pkg" in sys.modules, "pkg.child" in sys.modules,
        hasattr(sys.modules["pkg"], "child"))
