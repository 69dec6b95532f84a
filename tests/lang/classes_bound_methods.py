class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
s = Stack()
push = s.push
for i in range(3):
    push(i)
print(s.items)
lst = []
ins = lst.insert
pop = lst.pop
ins(0, 'a')
ins(0, 'b')
print(lst, pop(0), lst)
m = s.push
print(m.__self__ is s, m.__name__)
