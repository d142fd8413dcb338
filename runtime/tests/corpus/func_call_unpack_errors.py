# Errors around argument unpacking; ends with an uncaught TypeError.

def f(a, b, c=3):
    return (a, b, c)

print(f(*[1, 2]))
print(f(**{"a": 1, "b": 2}))
print(f(1, *(2,), **{"c": 4}))

try:
    f(1, 2, **{"a": 5})
except TypeError as e:
    print("E1:", e)

try:
    f(*[1, 2], **{"b": 7})
except TypeError as e:
    print("E2:", e)

try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("E3:", e)

try:
    f(*5)
except TypeError as e:
    print("E4:", e)

try:
    f(**[1, 2])
except TypeError as e:
    print("E5:", e)

try:
    f(**{1: 2})
except TypeError as e:
    print("E6:", e)

def kw(**kwargs):
    return kwargs

print(kw(**{"x": 1}))
try:
    kw(**{"x": 1}, x=2)
except TypeError as e:
    print("E7:", e)

try:
    f(*None)
except TypeError as e:
    print("E8:", e)

try:
    print(*1)
except TypeError as e:
    print("E9:", e)

# Unpacking a generator of the wrong size
try:
    f(*(i for i in range(5)))
except TypeError as e:
    print("E10:", e)

# Assignment unpacking errors
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("E11:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("E12:", e)
try:
    a, b = 7
except TypeError as e:
    print("E13:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("E14:", e)

print("about to fail")
f(1, 2, 3, d=4)
print("not reached")
