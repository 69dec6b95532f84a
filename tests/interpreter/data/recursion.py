def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RecursionError:
    print("RecursionError caught")


class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1)


try:
    Node(0)
except RecursionError:
    print("RecursionError caught in __init__")
print("after", down.__name__)
