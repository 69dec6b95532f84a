text = """line one
line two

line four"""
print(text.splitlines())
print('a\nb\r\nc'.splitlines(), 'x\n'.splitlines(True))
for i, line in enumerate(text.splitlines()):
    print(i, repr(line))
