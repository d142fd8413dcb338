# assorted sys attributes with deterministic values
import sys

print(sys.maxsize)
print(sys.maxsize == 2 ** 63 - 1)
print(type(sys.maxsize).__name__, sys.maxsize + 1)
print(-sys.maxsize - 1)
print(sys.version_info[0], sys.version_info.major)
print(sys.version_info >= (3, 0), sys.version_info < (4,))
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, type(sys.modules).__name__)
print("sys" in sys.modules, "math" in sys.modules)
import math

print("math" in sys.modules, sys.modules["math"] is math)
print(sys.modules["__main__"].__name__)
print(__name__)
print(sys.byteorder in ("little", "big"))
print(type(sys.platform).__name__)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30))
print(callable(sys.exit), callable(sys.getrecursionlimit))
print(hasattr(sys.stdin, "readline"), hasattr(sys.stdout, "write"))
print(sys.maxsize.bit_length())
print(sys.getrecursionlimit() > 100)
