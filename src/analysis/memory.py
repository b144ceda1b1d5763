"""Handing freed memory back to the system (the build's peak at large corpora)."""

from __future__ import annotations

import contextlib
import ctypes
import gc


def release_freed_memory(collect: bool = True) -> None:
    """Hand memory let go of back to the system: the C allocator and Arrow's pool keep
    freed memory for reuse, and scattered leftovers of one step would otherwise add to
    the peak of the next. ``collect``: run the cyclic garbage collector first (a full
    pass: costly among millions of objects, so not between the chunks of one step).

    Arrow's pool (mimalloc) releases what the calling thread freed: a step on a thread
    of its own calls this on that thread."""
    import pyarrow as pa

    if collect:
        gc.collect()
    pa.default_memory_pool().release_unused()
    with contextlib.suppress(OSError, AttributeError):  # glibc only
        ctypes.CDLL("libc.so.6").malloc_trim(0)
