class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
head = None
for v in [3, 1, 2]:
    head = Node(v, head)
vals = []
n = head
while n is not None:
    vals.append(n.v)
    n = n.next
print(vals)
