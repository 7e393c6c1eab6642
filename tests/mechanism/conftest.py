"""Mechanism tests: how work runs (packing, worker processes, the garbage collector), kept
apart from the behaviour tests. Run them alone with ``pytest -m mechanism``."""

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/mechanism/" in str(item.path):
            item.add_marker(pytest.mark.mechanism)
