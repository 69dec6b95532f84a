def g():
    try:
        for i in range(10):
            yield i
    finally:
        pass
out = []
for v in g():
    if v > 2:
        break
    out.append(v)
print(out)
