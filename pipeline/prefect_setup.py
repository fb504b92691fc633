"""Prefect settings for command-line runs, applied before Prefect is imported."""

from __future__ import annotations

import os


def configure_prefect() -> None:
    """Quiet per-task chatter; keep our own progress lines."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    # The machine has no network beyond package registries: telemetry only logs errors.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
