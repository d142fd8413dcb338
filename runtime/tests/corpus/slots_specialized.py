# Stores and loads of __slots__ attributes once the sites have specialized,
# and the errors for names outside __slots__ and for deleted slots.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
        self.y = x * 2
ps = [P(i) for i in range(300)]
print(sum(p.x + p.y for p in ps))
try:
    for i in range(200):
        q = P(i)
        q.z = 3
except AttributeError as e:
    print("AttributeError", e)
del ps[0].x
try:
    print(ps[0].x)
except AttributeError as e:
    print("AttributeError", e)
