"""One error family: every error meant for a user carries a plain message and an exit code.

The command line catches :class:`AnalysisError` once and prints its message on one line
(no traceback). Exit codes, documented in the README:

* 0: the command did what was asked;
* 1: the build ran but at least one file was rejected (see the manifest);
* 2: usage or configuration (a bad argument, a bad ``MINUTES_THEMES_FILE``, a year
  without meetings);
* 3: the environment (disk full, out of memory, permissions, a dead worker).
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Base of the errors a user is meant to read; ``str(exc)`` is the message."""

    exit_code: int = 2


class UsageError(AnalysisError):
    """A bad argument or setting: the user can fix it by calling differently."""

    exit_code = 2


class ConfigError(AnalysisError):
    """A configuration file or setting cannot be used (e.g. the theme taxonomy)."""

    exit_code = 2


class EnvironmentProblem(AnalysisError):
    """The machine stopped the work: disk full, memory, permissions, a dead worker."""

    exit_code = 3
