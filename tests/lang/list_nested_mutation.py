grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
a = [1, 2, 3]
a[1] += 10
a[-1] *= 2
print(a)
