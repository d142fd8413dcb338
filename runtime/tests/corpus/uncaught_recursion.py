# uncaught RecursionError from unbounded recursion
import sys

sys.setrecursionlimit(200)


def down(n):
    return down(n + 1) + 1


print("limit", sys.getrecursionlimit())
down(0)
