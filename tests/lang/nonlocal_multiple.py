def outer():
    a = 0
    b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 2
    bump()
    bump()
    return a, b
print(outer())
