# Repeated allocation of cyclic and acyclic garbage must not grow the heap without bound.
import sys


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def churn():
    root = Node(None)
    for i in range(2000):
        Node(root)
    data = [[j] * 10 for j in range(200)]
    return len(root.children) + len(data)


for rep in range(300):
    churn()
print("ok")
