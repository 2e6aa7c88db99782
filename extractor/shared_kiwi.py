"""Imported by the batch pool's fork server (multiprocessing's preload) to load Kiwi there, once.

Every worker is forked from the fork server, so it starts with the loaded
model in pages it shares copy-on-write with the server and its siblings:
Kiwi's ~500 MB of tables are read, never written, after loading, so they stay
shared and each extra worker costs only its own working memory instead of a
whole model (issue 13). Importing this module anywhere else just loads the
process's one Kiwi early.
"""

from __future__ import annotations

import gc

from extractor.analysis import get_kiwi

get_kiwi().tokenize("준비")  # the first call builds Kiwi's lazily made tables too: share them as well
# Objects made so far are never collected in the workers: the collector's bookkeeping writes would
# copy the pages holding them into every worker.
gc.freeze()
