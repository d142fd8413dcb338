# repr() quoting rules and escape sequences
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "\\", "back\\slash",
           "tab\there", "new\nline", "cr\rhere", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ñ ü",
           "\u200b\u2028\u2029", "\ufeff", "😀", "\U0001F600\U000E0001", "\a\b\f\v",
           "\x1b[0m", "\u00ff\u0100", "日本", "\u0301", "a\u0301"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(repr("'" * 3), repr('"' * 2 + "'"), repr("a'b\"c"))
print(str("x'y"), "%r" % "q'", f"{'z'!r}", f"{chr(0)!r}", "{!r}".format("\t"))
print("\101\x41\u0041\U00000041\N{LATIN CAPITAL LETTER A}")
print("\0" == "\x00", "\7" == "\a", "\377" == "\xff", len("\1234"), "\1234"[1])
print(r"raw\n\t\\", len(r"\n"), r"\'", rb"\x00" if False else r"\x00", R"C:\path\new")
print("con" "cat" 'enation', "multi" \
      "line")
triple = """line1
  "quoted" 'single'
\tend\\"""
print(triple)
print(repr(triple))
print(repr("""a\
b"""))
print([repr(chr(i)) for i in range(0, 32, 3)])
print([chr(i) for i in range(0x20, 0x7f) if not chr(i).isalnum()])
print(ascii("héllo"), ascii(["ü", 1, "x"]), ascii({"ключ": "значение"}), ascii(b"\xff"))
print(repr(["a'", 'b"', "c\n"]), repr(("x",)), repr({"k": "v'"}))
class Q:
    def __repr__(self):
        return "Q<é>"
print(repr(Q()), ascii(Q()), str(Q()), [Q()], f"{Q()!a}")
print(ord("\n"), ord("\\"), ord("'"), chr(92), chr(39), chr(34), chr(0x1F600), chr(0x10FFFF) == "\U0010FFFF")
print("%s|%r|%a" % ("é\n", "é\n", "é\n"))
# escapes inside different quoting styles and bytes reprs
samples2 = ['single\'quote', "double\"quote", '''triple 'single' ''', """triple "double" """, "mix'\"", "\\'"]
for s in samples2:
    print(repr(s), len(s))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(bytes([7, 8, 9, 10, 13, 27])))
print(str(["\x00", "é", "\n"]), str(("'",)), str({"\t": '"'}))
print(repr("a'b\"c\\\n") == "'a\\'b\"c\\\\\\n'", repr("\U0001F600é") == "'\U0001F600é'")
for cp in [0x7f, 0x80, 0x9f, 0xa0, 0xa1, 0xad, 0x300, 0x378, 0xfffe, 0x1d400, 0xe0100]:
    print(hex(cp), repr(chr(cp)), chr(cp).isprintable())
