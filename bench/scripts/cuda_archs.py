#!/usr/bin/python3
# Copyright 2026 The spark-denoise authors.
# SPDX-License-Identifier: Apache-2.0
"""Lists the GPU code a CUDA shared library embeds: the SASS (cubin) architectures and any PTX.

What `cuobjdump --list-elf` / `--list-ptx` tell, for a machine whose CUDA toolkit lacks cuobjdump
(CUDA 13 here ships nvcc, ptxas and fatbinary, but not cuobjdump). It reads the ELF section
.nv_fatbin, walks every fat binary in it (magic 0xBA55ED50) and every entry's header: kind 1 is
PTX, kind 2 an ELF cubin; the header names the sm architecture. Entries are counted whether or not
their payload is compressed (only headers are read).

Usage: bench/scripts/cuda_archs.py LIB.so|JAR [...]   (a jar: every *.so inside it is read)
"""
import mmap
import struct
import sys
import tempfile
import zipfile
from collections import Counter

FATBIN_MAGIC = 0xBA55ED50
KINDS = {1: "ptx", 2: "sass"}


def sections(data):
    """(name, offset, size) of every section of a 64-bit little-endian ELF file."""
    if data[:4] != b"\x7fELF" or data[4] != 2:
        raise ValueError("not a 64-bit ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = headers[shstrndx][4]
    for h in headers:
        end = data.find(b"\0", names + h[0])
        yield data[names + h[0]:end].decode(), h[4], h[5]


def entries(data, offset, size):
    """(kind, sm) of every entry of every fat binary in data[offset:offset+size]."""
    pos, end = offset, offset + size
    while pos + 16 <= end:
        magic, _version, header_size, fat_size = struct.unpack_from("<IHHQ", data, pos)
        if magic != FATBIN_MAGIC:
            pos += 8  # fat binaries are 8-byte aligned; skip padding between them
            continue
        entry, stop = pos + header_size, pos + header_size + fat_size
        while entry < stop:
            kind, _ver, ehsize, padded = struct.unpack_from("<HHII", data, entry)
            sm, = struct.unpack_from("<I", data, entry + 28)
            yield KINDS.get(kind, "kind%d" % kind), sm
            entry += ehsize + padded
        pos = stop


def report(name, path):
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        found = Counter()
        for section, offset, size in sections(data):
            if section == ".nv_fatbin":
                found.update(entries(data, offset, size))
    sass = sorted({sm for (kind, sm) in found if kind == "sass"})
    ptx = sorted({sm for (kind, sm) in found if kind == "ptx"})
    print("%s: %d cubins, %d PTX entries" % (name, sum(n for (k, _), n in found.items() if k == "sass"),
                                          sum(n for (k, _), n in found.items() if k == "ptx")))
    print("  sass: " + (" ".join("sm_%d(x%d)" % (sm, found[("sass", sm)]) for sm in sass) or "none"))
    print("  ptx:  " + (" ".join("compute_%d(x%d)" % (sm, found[("ptx", sm)]) for sm in ptx) or "none"))


def main(paths):
    for path in paths:
        if path.endswith(".jar"):
            with zipfile.ZipFile(path) as jar, tempfile.TemporaryDirectory() as tmp:
                for member in jar.namelist():
                    if member.endswith(".so"):
                        report(path + "!" + member, jar.extract(member, tmp))
        else:
            report(path, path)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
