"""A callee's frame released by a held return (`_RETURN_VALUE_HELD`, whose
locals the optimizer proved free nothing) with no local to release: the
mask of locals is empty. Stencils once compiled the loop over the mask's
bits as if the mask were never zero (an extern symbol's address, the hole,
is never null to the compiler) and dropped a count 64 slots past the
callee's locals, in data-stack memory an earlier, larger frame left
holding KEEP. KEEP's count then fell on every call, and it was freed while
still bound."""
import sys

KEEP = [1, 2, 3]


def fill():
    # Leaves KEEP's address in many data-stack slots after it returns.
    a0 = KEEP
    a1 = KEEP
    a2 = KEEP
    a3 = KEEP
    a4 = KEEP
    a5 = KEEP
    a6 = KEEP
    a7 = KEEP
    a8 = KEEP
    a9 = KEEP
    a10 = KEEP
    a11 = KEEP
    a12 = KEEP
    a13 = KEEP
    a14 = KEEP
    a15 = KEEP
    a16 = KEEP
    a17 = KEEP
    a18 = KEEP
    a19 = KEEP
    a20 = KEEP
    a21 = KEEP
    a22 = KEEP
    a23 = KEEP
    a24 = KEEP
    a25 = KEEP
    a26 = KEEP
    a27 = KEEP
    a28 = KEEP
    a29 = KEEP
    a30 = KEEP
    a31 = KEEP
    a32 = KEEP
    a33 = KEEP
    a34 = KEEP
    a35 = KEEP
    a36 = KEEP
    a37 = KEEP
    a38 = KEEP
    a39 = KEEP
    a40 = KEEP
    a41 = KEEP
    a42 = KEEP
    a43 = KEEP
    a44 = KEEP
    a45 = KEEP
    a46 = KEEP
    a47 = KEEP
    a48 = KEEP
    a49 = KEEP
    a50 = KEEP
    a51 = KEEP
    a52 = KEEP
    a53 = KEEP
    a54 = KEEP
    a55 = KEEP
    a56 = KEEP
    a57 = KEEP
    a58 = KEEP
    a59 = KEEP
    a60 = KEEP
    a61 = KEEP
    a62 = KEEP
    a63 = KEEP
    a64 = KEEP
    a65 = KEEP
    a66 = KEEP
    a67 = KEEP
    a68 = KEEP
    a69 = KEEP
    a70 = KEEP
    a71 = KEEP
    a72 = KEEP
    a73 = KEEP
    a74 = KEEP
    a75 = KEEP
    a76 = KEEP
    a77 = KEEP
    a78 = KEEP
    a79 = KEEP
    a80 = KEEP
    a81 = KEEP
    a82 = KEEP
    a83 = KEEP
    a84 = KEEP
    a85 = KEEP
    a86 = KEEP
    a87 = KEEP
    a88 = KEEP
    a89 = KEEP
    a90 = KEEP
    a91 = KEEP
    a92 = KEEP
    a93 = KEEP
    a94 = KEEP
    a95 = KEEP
    a96 = KEEP
    a97 = KEEP
    a98 = KEEP
    a99 = KEEP
    a100 = KEEP
    a101 = KEEP
    a102 = KEEP
    a103 = KEEP
    a104 = KEEP
    a105 = KEEP
    a106 = KEEP
    a107 = KEEP
    a108 = KEEP
    a109 = KEEP
    a110 = KEEP
    a111 = KEEP
    a112 = KEEP
    a113 = KEEP
    a114 = KEEP
    a115 = KEEP
    a116 = KEEP
    a117 = KEEP
    a118 = KEEP
    a119 = KEEP
    return a0


def inc(n):
    return n + 1


def loop(k):
    t = 0
    for _ in range(k):
        t = inc(t)
    return t


fill()
before = sys.getrefcount(KEEP)
print(loop(5000))
print(sys.getrefcount(KEEP) == before)
fill()
print(loop(3000), KEEP)
print(sys.getrefcount(KEEP) == before)
