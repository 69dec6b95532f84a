def gen(n):
    for i in range(n):
        yield i * 2
print(list(gen(4)))
g = gen(2)
print(next(g), next(g), next(g, 'end'))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'finished'
for v in countdown(3):
    print(v)
