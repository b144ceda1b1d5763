"""What a build worker loads before its first file, loaded once for all of them.

A worker spends about 4.5 s of CPU before its first file: importing spaCy, pandas and the
package, ``spacy.blank("da")``, the lemma table, the taxonomy, the policy-area rules and
model, the themes and a few hundred regexes. The build's pool starts its workers from a
forkserver (``analysis.pipeline.POOL_CONTEXT``); when that server warms up first
(``preloaded_workers``), every worker is forked from a process that has all of it and shares
those pages instead of loading its own copy: the CPU is paid once a build, not once a
worker, and two workers hold about 210 MB less (PSS).

Importing this module loads nothing (the main process imports it to set the preload).
``warm_up`` parses a small made-up meeting with ``parse_bytes``, so whatever the first
file would load lazily is loaded, whichever module it lives in. The caches this leaves
behind are memos of pure functions: no output depends on them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.context import BaseContext

#: A made-up meeting in the plain-text form of minutes: agenda items with a recommendation
#: and a decision, a case number, a coordinated compound, a table of contents, members
#: and an attachment, so that parsing it reaches the reader, the layouts, the decision
#: rules, themes and policy areas.
WARM_UP_TEXT = """\
REFERAT Børne- og Skoleudvalget d. 05-03-2024

Mødedato Tirsdag d. 5. marts 2024 kl. 16:00

Mødested Mødelokale 1, Rådhuset

Mødedeltagere Anne Hansen (A, formand), Peter Jensen (V), Mette Nielsen (F)

Indholdsfortegnelse

Godkendelse af dagsorden.....	1
Renovering af idræts- og svømmehaller samt skolernes legepladser.....	2

Punkt 1: Godkendelse af dagsorden

00.01.00-A00-1-24

Indstilling

Forvaltningen indstiller, at dagsordenen godkendes.

Beslutning

Godkendt.

Punkt 2: Renovering af idræts- og svømmehaller samt skolernes legepladser

04.20.00-G01-2-24

Sagsfremstilling

Kommunen har afsat midler til vedligeholdelse af bygninger og ældreboliger i budgettet.

Indstilling

Forvaltningen indstiller, at udvalget anbefaler over for Kommunalbestyrelsen, at der
frigives en anlægsbevilling på 2,5 mio. kr.

Beslutning

Udvalget anbefaler indstillingen. Sagen sendes videre til Økonomiudvalget.

Bilag

Bilag 1 - Oversigt over haller og legepladser
"""

#: The module whose import warms a process up (the forkserver's preload).
WARM_MODULE = "analysis.warm_worker"
#: The file name the warm-up text is parsed under.
WARM_UP_NAME = "opvarmning.txt"


#: The cyclic garbage collector's thresholds in a build worker (Python's default: 700,
#: 10, 10). A worker's parse makes few reference cycles, but its caches of words, texts
#: and hits grow by thousands of objects a file, and with the defaults the collector
#: walks them again and again (about 5 % of a worker's CPU, the full collections most);
#: these make it collect less often, the same garbage later.
WORKER_GC_THRESHOLDS = (20_000, 20, 100)


def warm_up() -> None:
    """Load everything the first file of a build needs, then keep it out of the garbage
    collector's walks (``gc.freeze``: a forked worker then copies fewer pages), and let
    the collector run less often (``WORKER_GC_THRESHOLDS``; in the forkserver, so only in
    the workers forked from it)."""
    from analysis.enrich import area_model, policy_areas
    from analysis.nlp import keep_loaded
    from analysis.pipeline import parse_bytes

    parse_bytes(WARM_UP_TEXT.encode("utf-8"), WARM_UP_NAME)
    # What the made-up meeting does not reach (each of its items has a journal number):
    # the words of KLE's subject titles and the learned model, which the first title
    # without an area loads (the KLE words: ~0.3 s of CPU, in every worker otherwise).
    policy_areas.kle_words()
    area_model.load_model()
    keep_loaded()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


@contextmanager
def preloaded_workers(context: BaseContext, start: bool = False) -> Iterator[None]:
    """Within this block, ``context``'s forkserver warms up (imports ``WARM_MODULE``)
    before it forks a worker; after it, the server is stopped and the preload reset.

    Wrap the parsing, not the whole build: once its workers are gone the warmed server
    would hold its ~300 MB on its own through combining and writing, where a build's
    memory peaks (a later pool starts a new server, warmed again). ``start`` starts the
    server at once, to load in the background while the caller reads its files; only
    when there are files to parse: stopping a server that is still warming up waits for
    it (about 4.5 s of CPU an unchanged build must not pay). Otherwise the first pool
    starts it. Only a forkserver preloads: other contexts run the block as it is.
    """
    if context.get_start_method() != "forkserver":
        yield
        return
    from multiprocessing import forkserver

    # The preload is the process's, not the context's: put back what was set before.
    before = getattr(getattr(forkserver, "_forkserver", None), "_preload_modules", ["__main__"])
    context.set_forkserver_preload([WARM_MODULE])
    if start:
        forkserver.ensure_running()
    try:
        yield
    finally:
        _stop_forkserver()
        context.set_forkserver_preload(before)


def _stop_forkserver() -> None:
    """Stop this process's forkserver if it runs (the next pool starts another).

    ``ForkServer._stop`` is private (the standard library's tests use it; Python 3.8 to
    3.13 have it): without it the server lives as long as the build's process.
    """
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()
