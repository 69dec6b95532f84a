def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(12, fib()))
def count(start):
    n = start
    while True:
        yield n
        n += 1
def islice(it, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        yield x
print(list(islice(count(10), 5)))
