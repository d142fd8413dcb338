# try/except/else/finally in every combination, tracing execution order

log = []


def run(label, raise_what):
    log.clear()
    try:
        log.append("body")
        if raise_what is not None:
            raise raise_what
        log.append("body-end")
    except ValueError as e:
        log.append("except-ValueError:" + str(e))
    except (TypeError, KeyError) as e:
        log.append("except-TK:" + type(e).__name__)
    except Exception:
        log.append("except-Exception")
    else:
        log.append("else")
    finally:
        log.append("finally")
    print(label, "->", " | ".join(log))


run("none", None)
run("value", ValueError("v"))
run("type", TypeError("t"))
run("key", KeyError("k"))
run("other", RuntimeError("r"))


def try_finally_only(fail):
    out = []
    try:
        try:
            out.append("inner-body")
            if fail:
                1 / 0
            out.append("inner-after")
        finally:
            out.append("inner-finally")
    except ZeroDivisionError:
        out.append("outer-caught")
    return out


print(try_finally_only(False))
print(try_finally_only(True))


def try_except_else(x):
    try:
        n = int(x)
    except ValueError:
        return "bad:" + repr(x)
    else:
        return "good:" + str(n * 2)


for v in ["12", "x", "-3", "4.5", " 7 "]:
    print(try_except_else(v))


# exception raised in else is not caught by the same try's handlers
def else_raises():
    try:
        try:
            pass
        except ZeroDivisionError:
            print("not reached")
        else:
            print("in else, raising")
            1 // 0
        finally:
            print("finally after else")
    except ZeroDivisionError as e:
        print("outer caught from else:", e)


else_raises()


# exception in except handler replaces the original, finally still runs
def handler_raises():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            print("handling first")
            raise IndexError("second")
        finally:
            print("finally runs")
    except IndexError as e:
        print("outer got", type(e).__name__, e, "context:", repr(e.__context__))


handler_raises()

# a handler order: first matching clause wins, even if a later one is more specific
class Base(Exception):
    pass


class Derived(Base):
    pass


try:
    raise Derived("d")
except Base as e:
    print("Base clause caught", type(e).__name__)
except Derived:
    print("never")

# exceptions propagating through several frames
def level3():
    raise LookupError("deep")


def level2():
    try:
        level3()
    finally:
        print("level2 finally")


def level1():
    try:
        level2()
    except ArithmeticError:
        print("wrong handler")
    print("not reached")


try:
    level1()
except LookupError as e:
    print("top caught:", e)

# try inside loop with continue in except
total = 0
for s in ["1", "2", "x", "4", "", "6"]:
    try:
        total += int(s)
    except ValueError:
        print("skip", repr(s))
        continue
    else:
        print("added", s)
    finally:
        print("step done")
print("total", total)
