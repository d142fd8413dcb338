# expected: by hand
"""The lazy imports filter is called as filter(importer, name, fromlist) for each
potentially lazy import: fromlist is None for `import x` and a tuple for
`from x import ...`, and relative names arrive resolved.
"""
import sys


def show(importer, name, fromlist):
    print("filter:", importer, name, fromlist)
    return True


sys.set_lazy_imports_filter(show)

# test_lazy_import: test_filter_receives_correct_arguments_for_import (fromlist is None)
lazy import fa_mod
lazy import fa_mod as fa_alias
# test_lazy_import: test_global_filter (the full dotted name is passed)
lazy import fa_pkg.sub
# test_lazy_import: test_filter_receives_fromlist_for_from_import (the imported names, not the aliases)
lazy from fa_from import ONE, TWO as two
# PEP 810 §Lazy imports filter: only potentially lazy imports reach the filter
import fa_eager
# test_lazy_import: test_filter_distinguishes_absolute_and_relative_from_imports,
# test_filter_receives_resolved_name_for_relative_package_import,
# test_filter_receives_resolved_name_for_parent_relative_import
import fpkg.runner
import fpkg.sub.runner

sys.set_lazy_imports_filter(None)
print("fa_mod" in sys.modules, "fa_pkg" in sys.modules, "fa_from" in sys.modules)
print("target" in sys.modules, "fpkg.target" in sys.modules, "fpkg.sibling" in sys.modules)
