# deep recursion that stays under the default limit (1000)
import sys

print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))


def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)


print(sum_list(list(range(800))))


# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(850), is_odd(851), is_even(7))


# recursion building nested structures
def nest(n):
    return [] if n == 0 else [nest(n - 1)]


def measure(x):
    d = 0
    while x:
        x = x[0]
        d += 1
    return d


print(measure(nest(500)))


# Ackermann small values
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print([ack(2, n) for n in range(5)], ack(3, 3))


# recursion through methods
class Node:
    def __init__(self, child=None):
        self.child = child

    def length(self):
        return 1 if self.child is None else 1 + self.child.length()


head = None
for _ in range(700):
    head = Node(head)
print(head.length())

# recursion with memo dict
memo = {}


def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(400))


# recursive generator (yield from) depth
def count_down(n):
    if n > 0:
        yield n
        yield from count_down(n - 1)


print(sum(count_down(300)))
