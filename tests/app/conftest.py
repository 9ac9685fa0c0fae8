"""Fixtures of the app tests."""

from __future__ import annotations

import pytest

from tests.support.jobs import run_jobs_inline


@pytest.fixture
def sync_jobs(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Every JobRunner made in this test runs its jobs synchronously, on the GUI thread
    (tests/support/jobs.py); callbacks still come through the event loop."""
    run_jobs_inline(monkeypatch)
