"""Used at module level by ud_user."""
print("loading ud_dep")
NAME = "ud_dep"
