"""Loaded, dropped from sys.modules and loaded again."""
print("loading rd_mod")


def get_token():
    return "token"
