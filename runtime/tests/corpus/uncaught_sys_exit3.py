# sys.exit(3): exit status 3, nothing on stderr, finally blocks run
import sys


def main():
    print("working")
    try:
        sys.exit(3)
    finally:
        print("cleanup in finally")
    print("never")


main()
print("never either")
