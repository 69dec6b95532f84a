class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, len({a, b, a}), {a: 1}[a])
