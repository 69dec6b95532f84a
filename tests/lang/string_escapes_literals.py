s = """triple
quoted"""
r = r'raw\n'
print(s, r, len(r), 'adjacent' ' literals', "mixed 'quotes'")
b = 'line1\
continued'
print(b)
long_expr = (1 +
             2 +
             3)
total = 1 + \
    2
print(long_expr, total)
