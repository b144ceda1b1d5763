"""The raw folder as files: listing, checking and reading its entries, and hashing them.

Kept apart from ``pipeline`` (which re-exports these) because it needs neither pandas
nor pyarrow: a rebuild that finds every file unchanged imports only this, the build
state and the store's publishing code, and its start-up is most of its time.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def raw_entries(raw_dir: Path) -> list[tuple[str, str]]:
    """(name relative to ``raw_dir``, path) of each entry ``list_raw_files`` lists, in its
    order, as plain strings: at 50,000 files pathlib's parsing, comparing and
    ``relative_to`` cost more than the unchanged rebuild's stat calls."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw data folder not found: {raw_dir}")
    out: list[tuple[str, str]] = []
    folders = [("", os.fspath(raw_dir))]
    while folders:
        prefix, folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = [(e.name, e.path, e.is_dir(follow_symlinks=False)) for e in entries]
        except OSError:
            if not prefix:
                raise
            out.append((prefix[:-1], folder))  # read_raw says why it cannot be read
            continue
        for name, path, is_dir in listed:
            if name.startswith("."):
                continue
            if is_dir:
                folders.append((f"{prefix}{name}/", path))
            else:
                out.append((prefix + name, path))
    # As paths sort, part by part: a separator below every character a name can hold.
    out.sort(key=lambda entry: entry[0].replace("/", "\0"))
    return out


def raw_entry_problem(path: Path, raw_dir: Path) -> str:
    """Why the entry at ``path`` is not read as a file ('' for a file it may read).

    Decided from the entry's metadata only: a link is checked without opening it, so a
    link out of the raw folder (to a password file, say) is never read, and a named pipe
    never blocks the build.
    """
    try:
        mode = path.lstat().st_mode
    except OSError as exc:
        return f"the file cannot be read: {exc.strerror or exc}"
    link = stat.S_ISLNK(mode)
    if link:
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # a missing target, or a loop of links
            return (
                "the link is broken: it points to nothing that exists (a missing file "
                "or a loop of links)"
            )
        if not target.is_relative_to(raw_dir.resolve()):
            return (
                "the entry is a link to a place outside the raw folder and was not read "
                "(copy the file into the raw folder instead)"
            )
        try:
            mode = target.stat().st_mode
        except OSError as exc:
            return f"the file cannot be read: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        if link:
            return "the entry is a link to a folder; links to folders are not followed"
        try:
            os.scandir(path).close()
        except OSError as exc:
            return (
                f"the folder cannot be read ({exc.strerror or exc}): "
                "the files in it are not in the tables"
            )
        return "the folder could not be listed: the files in it are not in the tables"
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device file"
    else:
        kind = "a special file"
    return f"the entry is {kind}, not a file; it was not read"


def read_raw(path: Path, raw_dir: Path) -> tuple[str, bytes | None, str]:
    """(name relative to raw_dir, bytes or None, error message) for one raw file."""
    name = path.relative_to(raw_dir).as_posix()
    problem = raw_entry_problem(path, raw_dir)
    if problem:
        return name, None, problem
    try:
        return name, path.read_bytes(), ""
    except OSError as exc:
        return name, None, f"the file cannot be read: {exc.strerror or exc}"
