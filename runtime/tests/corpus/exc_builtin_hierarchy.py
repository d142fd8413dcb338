# built-in exception hierarchy table

classes = [
    BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
    FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeError,
    UnicodeDecodeError, UnicodeEncodeError, TypeError, NameError, UnboundLocalError,
    AttributeError, OSError, FileNotFoundError, PermissionError, TimeoutError,
    ConnectionError, BrokenPipeError, RuntimeError, RecursionError, NotImplementedError,
    StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
    ImportError, ModuleNotFoundError, AssertionError, EOFError, MemoryError,
    SyntaxError, IndentationError, TabError, SystemError, BufferError, Warning,
    UserWarning, DeprecationWarning,
]

bases = [BaseException, Exception, ArithmeticError, LookupError, OSError, RuntimeError,
         ValueError, ImportError, NameError, SyntaxError, ConnectionError, Warning]

header = "%-20s" % "" + "".join("%4d" % i for i in range(len(bases)))
for i, b in enumerate(bases):
    print("%2d = %s" % (i, b.__name__))
print(header)
for c in classes:
    row = "".join("   " + ("Y" if issubclass(c, b) else ".") for b in bases)
    print("%-20s%s" % (c.__name__, row))

print()
for c in classes:
    print("%-20s base=%s" % (c.__name__, c.__bases__[0].__name__ if c.__bases__ else None))

# aliases of OSError
print(EnvironmentError is OSError, IOError is OSError)

# non-exceptions
print(issubclass(int, Exception), issubclass(Exception, object))
print(issubclass(bool, int))

# issubclass with tuple
print(issubclass(KeyError, (ValueError, LookupError)))
print(issubclass(KeyError, (ValueError, TypeError)))

# isinstance checks of instances
for inst in [ZeroDivisionError(), KeyError(), FileNotFoundError(), RecursionError()]:
    print(type(inst).__name__, [b.__name__ for b in bases if isinstance(inst, b)])
