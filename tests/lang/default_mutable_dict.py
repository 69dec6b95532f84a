def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r
print(memo(80))
