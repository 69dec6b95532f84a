class T:
    def __init__(self, link):
        self.link = link
t = T(T(T(None)))
count = 0
while t is not None:
    count += 1
    t = t.link
print(count, None is None, 0 is not None)
