"""Prefect settings for command-line runs, and a local Prefect server for scheduled runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_servers: list[subprocess.Popen[bytes]] = []  # servers started by `local_server`, for a forced stop
EPHEMERAL_STARTUP_SECONDS = 180


def configure_prefect() -> None:
    """Settings applied before Prefect is imported."""
    # The machine reaches no network but package registries: telemetry would only log errors.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect 3.4's temporary server logs aiosqlite CancelledError tracebacks while it stops after a
    # successful run; the server's own errors still reach us as failed API calls, so keep only its
    # critical messages.
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
    # Prefect's temporary server needs 9-35 s to start (longer on a new machine, which creates its
    # database first) and gives up after 20 s by default: the first run on a fresh machine failed.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(EPHEMERAL_STARTUP_SECONDS))


def uses_temporary_server() -> bool:
    """No Prefect server is configured: a run starts Prefect's temporary one (which takes a while)."""
    return not os.environ.get("PREFECT_API_URL")


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def local_server(port: int, startup_timeout: float = 180.0) -> Iterator[str]:
    """Run `prefect server start` (API, scheduler and UI) on 127.0.0.1:`port` for the duration."""
    api_url = f"http://127.0.0.1:{port}/api"
    if _healthy(api_url):  # a server the user already runs there
        yield api_url
        return
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # Ctrl-C stops the runner first, then we stop the server
    _servers.append(proc)
    try:
        deadline = time.monotonic() + startup_timeout
        while not _healthy(api_url):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server did not start on port {port}")
            time.sleep(0.5)
        yield api_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        _servers.remove(proc)


def stop_reliably(grace: float = 20.0) -> None:
    """Make Ctrl-C and SIGTERM stop a served flow even when Prefect's runner swallows the interrupt.

    The first signal raises KeyboardInterrupt as usual. Prefect 3.4's runner can swallow it while a
    flow-run process is exiting, so if the process is still alive `grace` seconds later, the local
    servers are stopped and the process exits with status 130. Call from the main thread.
    """

    def force_exit() -> None:
        time.sleep(grace)
        for proc in _servers:
            proc.terminate()
        os._exit(130)

    def handler(signum: int, frame: FrameType | None) -> None:
        threading.Thread(target=force_exit, daemon=True).start()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
