words = ['apple', 'bob', 'kayak', 'level', 'python']
print(sum(1 for w in words if w == w[::-1]), sorted(set(len(w) for w in words)), tuple(reversed(range(3))))
