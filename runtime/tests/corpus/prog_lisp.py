# a tiny Lisp interpreter: reader, environments, closures, tail calls, errors


class LispError(Exception):
    pass


class Symbol(str):
    pass


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__()
        if len(params) != len(args):
            raise LispError("expected %d args, got %d" % (len(params), len(args)))
        self.update(zip(params, args))
        self.outer = outer

    def find(self, name):
        e = self
        while e is not None:
            if name in e:
                return e
            e = e.outer
        raise LispError("unbound symbol: %s" % name)


class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return "<%s/%d>" % (self.name, len(self.params))


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    t = tokens.pop(0)
    if t == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if t == ")":
        raise LispError("unexpected )")
    if t == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(t)
        except ValueError:
            pass
    return Symbol(t)


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x) if not isinstance(x, Lambda) else repr(x)


def arith(fn, name):
    def f(*args):
        for a in args:
            if not isinstance(a, (int, float)) or isinstance(a, bool):
                raise LispError("%s: not a number: %s" % (name, to_str(a)))
        return fn(*args)
    return f


def divide(a, b):
    if b == 0:
        raise LispError("division by zero")
    return a // b if isinstance(a, int) and isinstance(b, int) else a / b


def global_env():
    env = Env()
    env.update({
        "+": arith(lambda *a: sum(a), "+"), "-": arith(lambda a, b=None: -a if b is None else a - b, "-"),
        "*": arith(lambda a, b: a * b, "*"), "/": arith(divide, "/"),
        "<": arith(lambda a, b: a < b, "<"), ">": arith(lambda a, b: a > b, ">"),
        "=": lambda a, b: a == b, "mod": arith(lambda a, b: a % b, "mod"),
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
        "not": lambda x: x is False,
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("cannot evaluate ()")
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == "define":
            if isinstance(x[1], list):
                name, params = x[1][0], x[1][1:]
                env[name] = Lambda(params, x[2], env, name)
            else:
                env[x[1]] = evaluate(x[2], env)
            return None
        if op == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Lambda(x[1], x[2], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if op == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = x[2]
            continue
        f = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(f, Lambda):
            env = Env(f.params, args, f.env)
            x = f.body  # tail call: loop instead of recursing
            continue
        if not callable(f):
            raise LispError("not a procedure: %s" % to_str(f))
        try:
            return f(*args)
        except (TypeError, IndexError) as e:
            raise LispError("bad call to %s: %s" % (to_str(op), type(e).__name__)) from e


PROGRAM = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(fact 10)
(fact 30)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(fib 12)
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(count-down 10000 0)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
(define c1 (make-counter))
(define c2 (make-counter))
(c1)
(c1)
(c2)
(list (c1) (c2))
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 10))) 5)
(/ 7 2)
(/ 7.0 2)
(mod -7 3)
(length '(a b (c d) e))
'(nested (quote list) 1.5)
(not (< 1 2))
fact
(undefined-fn 1)
(/ 1 0)
(+ 1 '(2))
(car '())
((lambda (x y) x) 1)
(5 3)
(if 1 2
)
(define
"""

env = global_env()
tokens = tokenize(PROGRAM)
while tokens:
    start = len(tokens)
    try:
        expr = read(tokens)
    except LispError as e:
        print("read error:", e)
        break
    try:
        result = evaluate(expr, env)
        if result is not None:
            print(to_str(expr)[:40].ljust(40), "=>", to_str(result))
    except LispError as e:
        print(to_str(expr)[:40].ljust(40), "!! LispError:", e)
    except ValueError as e:
        print(to_str(expr)[:40].ljust(40), "!! ValueError:", e)
print(sorted(k for k in env if isinstance(env[k], Lambda)))
