for f in (lambda: 1 + 'a', lambda: 'a' - 'b', lambda: [1] * 'x', lambda: len(5), lambda: None(), lambda: 5[0], lambda: iter(5)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
