# a small stack-based virtual machine with an assembler, labels, calls and error handling


class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__("%s (pc=%d)" % (msg, pc))
        self.pc = pc


OPS = {
    "push": 1, "pop": 0, "dup": 0, "swap": 0, "over": 0,
    "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "neg": 0,
    "eq": 0, "lt": 0, "gt": 0, "not": 0,
    "jmp": 1, "jz": 1, "jnz": 1, "call": 1, "ret": 0,
    "load": 1, "store": 1, "print": 0, "halt": 0,
}


def assemble(source):
    lines = []
    labels = {}
    for raw in source.split("\n"):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
            continue
        parts = line.split()
        op = parts[0].lower()
        if op not in OPS:
            raise SyntaxError("unknown instruction %r" % op)
        if len(parts) - 1 != OPS[op]:
            raise SyntaxError("%s takes %d operand(s)" % (op, OPS[op]))
        lines.append(parts)
    code = []
    for parts in lines:
        op = parts[0].lower()
        if OPS[op]:
            arg = parts[1]
            if op in ("jmp", "jz", "jnz", "call"):
                if arg not in labels:
                    raise SyntaxError("undefined label %r" % arg)
                arg = labels[arg]
            elif op == "push":
                arg = int(arg)
            code.append((op, arg))
        else:
            code.append((op, None))
    return code


def run(code, max_steps=100000):
    stack, calls, mem, output = [], [], {}, []
    pc = steps = 0

    def pop():
        if not stack:
            raise VMError("stack underflow", pc)
        return stack.pop()

    while True:
        if pc >= len(code):
            raise VMError("fell off end of program", pc)
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded", pc)
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            pop()
        elif op == "dup":
            v = pop()
            stack += [v, v]
        elif op == "swap":
            b, a = pop(), pop()
            stack += [b, a]
        elif op == "over":
            b, a = pop(), pop()
            stack += [a, b, a]
        elif op in ("add", "sub", "mul", "div", "mod", "eq", "lt", "gt"):
            b, a = pop(), pop()
            if op in ("div", "mod") and b == 0:
                raise VMError("division by zero", pc - 1)
            stack.append({"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b,
                          "div": lambda: a // b, "mod": lambda: a % b, "eq": lambda: int(a == b),
                          "lt": lambda: int(a < b), "gt": lambda: int(a > b)}[op]())
        elif op == "neg":
            stack.append(-pop())
        elif op == "not":
            stack.append(int(not pop()))
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if pop() == 0:
                pc = arg
        elif op == "jnz":
            if pop() != 0:
                pc = arg
        elif op == "call":
            if len(calls) > 200:
                raise VMError("call stack overflow", pc - 1)
            calls.append(pc)
            pc = arg
        elif op == "ret":
            if not calls:
                raise VMError("return outside call", pc - 1)
            pc = calls.pop()
        elif op == "load":
            if arg not in mem:
                raise VMError("uninitialised variable %s" % arg, pc - 1)
            stack.append(mem[arg])
        elif op == "store":
            mem[arg] = pop()
        elif op == "print":
            output.append(pop())
        elif op == "halt":
            return output, steps, stack


PROGRAMS = {
    "factorial": """
        push 20
        store n
        push 1
        store acc
    loop:
        load n
        jz done
        load acc
        load n
        mul
        store acc
        load n
        push 1
        sub
        store n
        jmp loop
    done:
        load acc
        print
        halt
    """,
    "fib_recursive": """
        push 15
        call fib
        print
        halt
    fib:            ; ( n -- fib(n) )
        dup
        push 2
        lt
        jnz base
        dup
        push 1
        sub
        call fib
        swap
        push 2
        sub
        call fib
        add
    base:
        ret
    """,
    "collatz": """
        push 27
        store x
        push 0
        store steps
    top:
        load x
        push 1
        eq
        jnz end
        load x
        push 2
        mod
        jz even
        load x
        push 3
        mul
        push 1
        add
        store x
        jmp count
    even:
        load x
        push 2
        div
        store x
    count:
        load steps
        push 1
        add
        store steps
        jmp top
    end:
        load steps
        print
        halt
    """,
    "gcd_loop": """
        push 1071
        push 462
    again:
        dup
        jz fin
        swap
        over
        mod
        jmp again
    fin:
        pop
        print
        halt
    """,
    "div_zero": "push 1\npush 0\ndiv\nhalt",
    "underflow": "push 1\nadd\nhalt",
    "infinite": "top:\njmp top",
    "bad_var": "load ghost\nhalt",
    "runaway": "f:\ncall f",
    "no_halt": "push 1\nprint",
    "bad_label": "jmp nowhere",
    "bad_op": "push 1\nfrobnicate\n",
    "bad_arity": "push\n",
}

for name, src in PROGRAMS.items():
    try:
        code = assemble(src)
    except SyntaxError as e:
        print("%-14s assemble error: %s" % (name, e))
        continue
    try:
        out, steps, stack = run(code)
        print("%-14s output=%s steps=%d final_stack=%s" % (name, out, steps, stack))
    except VMError as e:
        print("%-14s runtime error: %s" % (name, e))
