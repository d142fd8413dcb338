# tokenizer + recursive-descent expression evaluator with variables and functions
import math


class ParseError(Exception):
    pass


class EvalError(Exception):
    pass


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return "Token(%s, %r)" % (self.kind, self.value)


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise ParseError("bad number %r at %d" % (text, start))
            tokens.append(Token("num", float(text) if "." in text else int(text), start))
        elif c.isalpha() or c == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif c in "+-*/%^(),=":
            tokens.append(Token("op", "**" if c == "^" else c, i))
            i += 1
        else:
            raise ParseError("unexpected character %r at %d" % (c, i))
    tokens.append(Token("end", None, len(src)))
    return tokens


FUNCS = {
    "sqrt": (1, math.sqrt), "abs": (1, abs), "max": (-1, max), "min": (-1, min),
    "floor": (1, math.floor), "gcd": (2, math.gcd),
}


class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        t = self.toks[self.i]
        if kind is not None and (t.kind != kind or (value is not None and t.value != value)):
            want = value if value is not None else kind
            got = t.value if t.value is not None else "end of input"
            raise ParseError("expected %s but found %s at %d" % (want, got, t.pos))
        self.i += 1
        return t

    def statement(self):
        t = self.peek()
        if t.kind == "name" and self.toks[self.i + 1].kind == "op" and self.toks[self.i + 1].value == "=":
            self.take()
            self.take()
            v = self.expr()
            self.env[t.value] = v
            result = v
        else:
            result = self.expr()
        self.take("end")
        return result

    def expr(self):
        v = self.term()
        while self.peek().kind == "op" and self.peek().value in "+-":
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek().kind == "op" and self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.unary()
            if op != "*" and r == 0:
                raise EvalError("division by zero")
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r if (isinstance(v, float) or isinstance(r, float) or v % r) else v // r
            else:
                v = v % r
        return v

    def unary(self):
        if self.peek().kind == "op" and self.peek().value in "+-":
            op = self.take().value
            v = self.unary()
            return -v if op == "-" else v
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().kind == "op" and self.peek().value == "**":
            self.take()
            exp = self.unary()  # right associative
            return base ** exp
        return base

    def atom(self):
        t = self.peek()
        if t.kind == "num":
            return self.take().value
        if t.kind == "name":
            self.take()
            if self.peek().kind == "op" and self.peek().value == "(":
                self.take()
                args = []
                if not (self.peek().kind == "op" and self.peek().value == ")"):
                    args.append(self.expr())
                    while self.peek().kind == "op" and self.peek().value == ",":
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                if t.value not in FUNCS:
                    raise EvalError("unknown function %s" % t.value)
                arity, fn = FUNCS[t.value]
                if arity >= 0 and len(args) != arity:
                    raise EvalError("%s expects %d args, got %d" % (t.value, arity, len(args)))
                return fn(*args)
            if t.value not in self.env:
                raise EvalError("undefined variable %s" % t.value)
            return self.env[t.value]
        if t.kind == "op" and t.value == "(":
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError("unexpected %s at %d" % (t.value if t.value is not None else "end of input", t.pos))


env = {"pi": 3.14159}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "(-2) ^ 2",
    "7 / 2",
    "8 / 2",
    "7 % 3 + 10 % 4",
    "x = 10",
    "y = x * x - 1",
    "y / (x - 1)",
    "max(1, y, 3) + min(4, 2)",
    "sqrt(16) + abs(-3.5)",
    "gcd(84, 36) * floor(2.7)",
    "r = 2.5",
    "pi * r ** 2",
    "1.5.2 + 1",
    "3 +",
    "(1 + 2",
    "4 / (2 - 2)",
    "z + 1",
    "foo(1)",
    "gcd(1)",
    "2 $ 3",
    "---3",
    "2 ** -1",
    "100000000000 * 100000000000",
    "",
]
for line in lines:
    try:
        toks = tokenize(line)
        result = Parser(toks, env).statement()
        print("%-28s => %r" % (line, result))
    except (ParseError, EvalError) as e:
        print("%-28s => %s: %s" % (line, type(e).__name__, e))
print(sorted(env.items()))
print(tokenize("a=b**2")[:4])
