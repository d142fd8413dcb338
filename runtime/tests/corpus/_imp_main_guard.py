# helper: the guarded block must not run on import
def describe():
    return "module name is " + __name__


if __name__ == "__main__":
    print("THIS SHOULD NOT PRINT WHEN IMPORTED")
else:
    print("[_imp_main_guard] imported as", __name__)
