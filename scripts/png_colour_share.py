#!/usr/bin/env python3
"""Share of pixels in a PNG that are not near-white, and share near given colours.

usage: png_colour_share.py IMAGE.png [#rrggbb ...]
Prints: non_white=<share> and one colour=<share> line per colour. Standard library only
(zlib), for 8-bit RGB/RGBA non-interlaced PNGs such as Chromium's screenshots.
"""
import struct, sys, zlib


def pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG"
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    for line in rows:
        for x in range(width):
            yield tuple(line[x * bpp:x * bpp + 3])


def main():
    colours = [tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in sys.argv[2:]]
    total = non_white = 0
    near = [0] * len(colours)
    for p in pixels(sys.argv[1]):
        total += 1
        if min(p) < 235:
            non_white += 1
        for i, c in enumerate(colours):
            if sum(abs(p[j] - c[j]) for j in range(3)) < 90:
                near[i] += 1
    print(f"non_white={non_white / total:.5f}")
    for h, n in zip(sys.argv[2:], near):
        print(f"{h}={n / total:.5f}")


main()
