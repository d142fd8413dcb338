# expected: by hand
"""Two modules that lazily import each other work once both are loaded."""
import cyc_a

# test_lazy_import: ErrorHandlingTests (circular lazy imports do not crash)
# PEP 810 §Reification: each side resolves the other through sys.modules on first use
print(cyc_a.call_b())
