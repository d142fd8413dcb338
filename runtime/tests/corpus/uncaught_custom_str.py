# uncaught exception whose __str__ is overridden; and multi-arg exception
class Problem(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return "E%04d - %s" % (self.code, self.detail)


try:
    raise Problem(7, "first")
except Problem as p:
    print("caught:", p, p.args)

print("about to fail")
raise Problem(42, "the answer was wrong")
