# uncaught exception raised as a bare class (no message)
class Halt(RuntimeError):
    pass


def step(i):
    if i == 3:
        raise Halt
    return i * i


for i in range(10):
    print("step", i, step(i))
