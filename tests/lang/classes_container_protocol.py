class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        return iter(self.cells)
    def __contains__(self, v):
        return v in self.cells
g = Grid(3, 2)
g[1, 1] = 7
g[2, 0] += 1
print(g[1, 1], g[2, 0], len(g), list(g), 7 in g, 9 in g, bool(g))
