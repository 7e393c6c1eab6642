"""Hypothesis profiles: ``ci`` (the default: the whole suite well under a minute of fuzzing),
``dev`` (more examples) and ``long`` (``bench/fuzz_long.py``: 50 000 cases). Choose one with
``pytest --hypothesis-profile=NAME``."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long",
    max_examples=12_500,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
settings.load_profile("ci")
