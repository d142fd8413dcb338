# string processing algorithms using core str methods
def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "Was it a car or a cat I saw?"]:
    print(repr(s), is_palindrome(s))
def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle(s)
    print(repr(s), enc, unrle(enc) == s)
def word_freq(text):
    freq = {}
    for word in text.lower().split():
        word = word.strip(".,!?;:\"'()")
        if word:
            freq[word] = freq.get(word, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
text = "The cat and the hat. The cat sat! And then? The END, the end."
print(word_freq(text)[:5])
def anagrams(a, b):
    norm = lambda s: sorted(s.replace(" ", "").lower())
    return norm(a) == norm(b)
print(anagrams("Listen", "Silent"), anagrams("Dormitory", "dirty room"), anagrams("abc", "abd"))
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for ln in wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16):
    print("|" + ln.ljust(16) + "|")
def title_case(s, minor=("a", "an", "the", "of", "and", "in")):
    words = s.lower().split()
    return " ".join(w if i and w in minor else w.capitalize() for i, w in enumerate(words))
print(title_case("the lord of the rings"), "|", title_case("a tale IN two cities"))
def longest_common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["dog", "car"])), repr(longest_common_prefix(["same", "same"])))
def vowel_count(s):
    return {v: s.lower().count(v) for v in "aeiou"}
print(vowel_count("Programming In Python Is Fun And Educational"))
def to_binary_str(n):
    return "".join("1" if n >> i & 1 else "0" for i in range(7, -1, -1))
print([to_binary_str(c) for c in b"Hi"], "".join(chr(int(b, 2)) for b in ["01001000", "01101001"]))
def reverse_words(s):
    return " ".join(reversed(s.split()))
print(reverse_words("  one two   three "), "|", "-".join(w[::-1] for w in "abc def".split()))
digits = "".join(c for c in "Phone: +1 (555) 123-4567" if c.isdigit())
print(digits, f"{digits[1:4]}-{digits[4:7]}-{digits[7:]}", digits.zfill(15), len(digits))
csv_line = 'name,"city, country",age'
fields, cur, quoted = [], "", False
for ch in csv_line:
    if ch == '"':
        quoted = not quoted
    elif ch == "," and not quoted:
        fields.append(cur)
        cur = ""
    else:
        cur += ch
fields.append(cur)
print(fields)
