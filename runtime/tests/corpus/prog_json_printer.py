# a hand-written JSON-like serializer, pretty printer and parser (round trip)


class EncodeError(TypeError):
    pass


class DecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__("%s at position %d" % (msg, pos))
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(obj, indent=None, level=0, seen=None):
    seen = set() if seen is None else seen
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise EncodeError("cannot encode %r" % obj)
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise EncodeError("circular reference detected")
        seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                parts = []
                for k, v in obj.items():
                    if not isinstance(k, str):
                        raise EncodeError("keys must be str, not %s" % type(k).__name__)
                    parts.append((encode_str(k), encode(v, indent, level + 1, seen)))
                if not parts:
                    return "{}"
                if indent is None:
                    return "{" + ", ".join(k + ": " + v for k, v in parts) + "}"
                pad = " " * (indent * (level + 1))
                return "{\n" + ",\n".join(pad + k + ": " + v for k, v in parts) + "\n" + " " * (indent * level) + "}"
            items = [encode(v, indent, level + 1, seen) for v in obj]
            if not items:
                return "[]"
            if indent is None or all(not isinstance(v, (list, tuple, dict)) for v in obj) and len(items) <= 6:
                return "[" + ", ".join(items) + "]"
            pad = " " * (indent * (level + 1))
            return "[\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * level) + "]"
        finally:
            seen.discard(id(obj))
    raise EncodeError("Object of type %s is not serializable" % type(obj).__name__)


class Parser:
    def __init__(self, text):
        self.t = text
        self.i = 0

    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \t\n\r":
            self.i += 1

    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.t):
            raise DecodeError("extra data", self.i)
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.t):
            raise DecodeError("unexpected end", self.i)
        c = self.t[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.t[self.i:self.i + 1] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                if self.t[self.i:self.i + 1] != '"':
                    raise DecodeError("expected string key", self.i)
                k = self.string()
                self.ws()
                if self.t[self.i:self.i + 1] != ":":
                    raise DecodeError("expected ':'", self.i)
                self.i += 1
                d[k] = self.value()
                self.ws()
                c = self.t[self.i:self.i + 1]
                self.i += 1
                if c == "}":
                    return d
                if c != ",":
                    raise DecodeError("expected ',' or '}'", self.i - 1)
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.t[self.i:self.i + 1] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.t[self.i:self.i + 1]
                self.i += 1
                if c == "]":
                    return out
                if c != ",":
                    raise DecodeError("expected ',' or ']'", self.i - 1)
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.t.startswith(word, self.i):
                self.i += len(word)
                return val
        start = self.i
        while self.i < len(self.t) and self.t[self.i] in "+-0123456789.eE":
            self.i += 1
        num = self.t[start:self.i]
        if not num:
            raise DecodeError("unexpected character %r" % c, start)
        try:
            return float(num) if any(ch in num for ch in ".eE") else int(num)
        except ValueError:
            raise DecodeError("bad number %r" % num, start) from None

    def string(self):
        self.i += 1
        out = []
        rev = {v[1]: k for k, v in ESCAPES.items()}
        while True:
            if self.i >= len(self.t):
                raise DecodeError("unterminated string", self.i)
            ch = self.t[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                e = self.t[self.i]
                self.i += 1
                if e == "u":
                    code = int(self.t[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= code < 0xDC00 and self.t.startswith("\\u", self.i):
                        low = int(self.t[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                else:
                    out.append(rev.get(e, e))
            else:
                out.append(ch)


doc = {
    "name": "tessera \"corpus\"",
    "version": [3, 11, 0],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "neg": -1.5e-7,
    "flags": {"debug": False, "verbose": True, "level": None},
    "tags": ["a\tb", "line\nbreak", "caf\u00e9", "\U0001F600", ""],
    "matrix": [[1, 2], [3, 4], []],
    "empty": {},
    "tuple": (1, "two", 3.0),
}
compact = encode(doc)
print(compact)
pretty = encode(doc, indent=2)
print(pretty)
back = Parser(pretty).parse()
expected = dict(doc, tuple=list(doc["tuple"]))
print("round trip equal:", back == expected)
print("compact round trip:", Parser(compact).parse() == expected)

cyc = [1, 2]
cyc.append(cyc)
for bad in [{"x": float("nan")}, {1: "int key"}, cyc, {"s": {1, 2}}, object]:
    try:
        encode(bad)
    except EncodeError as e:
        print("EncodeError:", e, isinstance(e, TypeError))

shared = [1]
print(encode([shared, shared, {"again": shared}]))

for text in ['{"a": [1, 2,, 3]}', '[1, 2', '{"a" 1}', '"abc', '[1] x', '{"n": 1.2.3}', '@', '', '{"k": tru}']:
    try:
        Parser(text).parse()
        print("parsed?", text)
    except DecodeError as e:
        print("DecodeError:", e, "| pos", e.pos)
print(Parser(' [ {"k" : [ true , null , -0.5e2 ] } , "\\u0041\\n" ] ').parse())
