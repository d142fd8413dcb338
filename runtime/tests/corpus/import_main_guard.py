# if __name__ == "__main__" in the main program vs in an imported module
import _imp_main_guard


def main():
    print("main() running, __name__ =", __name__)
    print(_imp_main_guard.describe())
    print(_imp_main_guard.__name__)
    return 0


if __name__ == "__main__":
    print("guard passed")
    result = main()
    print("result", result)
else:
    print("not main")

print(__name__ == "__main__", globals()["__name__"])
