l = [1, 2]
for f in (lambda: l.pop(5), lambda: [].pop(), lambda: l.remove(9), lambda: l.index(9), lambda: l[10]):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
