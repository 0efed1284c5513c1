"""Hypothesis profiles for the reliability properties.

``ci`` (the default, what ``python -m pytest`` runs) tries 2,000 examples per
property, derandomized so that every run checks the same inputs and no
example database is written; ``dev`` tries 200 for a quick run
(``HYPOTHESIS_PROFILE=dev python -m pytest tests/reliability``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, database=None, derandomize=True, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=2000, **_COMMON)
settings.register_profile("dev", max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
