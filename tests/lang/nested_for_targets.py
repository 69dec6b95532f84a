pairs = [(([1, 2, 3], 'v1', 10), ([4, 5, 6], 'v2', 20))]
for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
    print(x1 + x2, y1 * y2, z1 - z2, v1 + v2, m1 * m2)
