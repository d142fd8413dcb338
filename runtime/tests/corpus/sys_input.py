# reading standard input with input()
n = int(input())
total = 0
for i in range(n):
    line = input()
    a, b = line.split()
    total += int(a) * int(b)
    print("row", i, "product", int(a) * int(b))
print("total", total)
name = input("name? ")
print("hello,", name.strip() + "!")
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print("remaining lines:", rest)
