# expected: by hand
"""A filter returning False makes a potentially lazy import eager; True keeps it lazy."""
import sys

DENIED = ("fe_deny", "fe_deny_from", "fe_all_deny", "rpf.target")


def deny_some(importer, name, fromlist):
    verdict = name not in DENIED
    print("filter:", name, fromlist, "->", verdict)
    return verdict


sys.set_lazy_imports_filter(deny_some)

# test_lazy_import: test_global_filter_true
lazy import fe_allow
# test_lazy_import: test_filter_returning_false_forces_eager_import / test_global_filter
lazy import fe_deny
# test_lazy_import: test_global_filter_from
lazy from fe_deny_from import VALUE
print("fe_allow" in sys.modules, "fe_deny" in sys.modules, "fe_deny_from" in sys.modules)
print(type(globals()["fe_allow"]).__name__, type(globals()["fe_deny"]).__name__,
      type(globals()["VALUE"]).__name__)

# test_lazy_import: test_filter_can_force_eager_only_for_resolved_relative_target
import rpf.runner
print("rpf.target" in sys.modules, "target" in sys.modules)
print(rpf.runner.relative_value)

# test_lazy_import: test_global_filter_from_true / test_global_filter_from, under "all"
sys.set_lazy_imports("all")
import fe_all_allow
from fe_all_from_ok import VALUE as ok_value
from fe_all_deny import VALUE as denied_value
sys.set_lazy_imports("normal")
sys.set_lazy_imports_filter(None)
print("fe_all_allow" in sys.modules, "fe_all_from_ok" in sys.modules, "fe_all_deny" in sys.modules)
print(type(globals()["ok_value"]).__name__, denied_value)
