SCALE = 3
def scaled(v):
    return v * SCALE
print(scaled(2))
SCALE = 4
print(scaled(2))
