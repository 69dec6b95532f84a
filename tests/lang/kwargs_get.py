def build(**kwargs):
    color = kwargs.get('color', 'black')
    size = kwargs.get('size', 1)
    return color, size
print(build(), build(color='red'), build(size=3, color='blue'))
def wrapper(*a, **k):
    return build(*a, **k)
print(wrapper(size=9))
