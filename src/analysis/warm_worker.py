"""Imported by the build pool's forkserver before it forks a worker: warms the process up
(``analysis.preload.warm_up``), so every worker inherits what it would load on its own."""

from __future__ import annotations

import warnings

from analysis.preload import warm_up

try:
    warm_up()
except Exception as exc:  # noqa: BLE001 - the forkserver must start even if this fails
    # The workers then load lazily as before, and the file that fails says why.
    warnings.warn(f"warming up the build workers failed: {exc!r}", stacklevel=1)
