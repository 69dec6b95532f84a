def reader(lines):
    i = 0
    while True:
        if i >= len(lines):
            return
        yield lines[i].strip()
        i += 1
print(list(reader([' a ', 'b\n'])))
