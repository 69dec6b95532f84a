def acc():
    total = 0
    while True:
        v = yield total
        total += v
g = acc()
print(next(g), g.send(5) if hasattr(g, 'send') else 5)
