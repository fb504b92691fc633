"""Prefect settings, and the Prefect server a run talks to.

A run uses, in this order: the server of `PREFECT_API_URL`; the background server of `pipeline server
start` when it is up; else a server of its own, started before the flow and stopped after it, which also
stops if the run is killed. Prefect's own temporary server is never used: it cannot be told to die with
the run, and Dask worker processes would each start another."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

STARTUP_SECONDS = 180  # a new machine creates the database first: 9-35 s measured, more under load
BACKGROUND_PORT = 4200


class ServerFailed(RuntimeError):
    """The Prefect server did not start."""


def configure_prefect() -> None:
    """Settings applied before Prefect is imported."""
    # The machine reaches no network but package registries: telemetry would only log errors.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect 3.4's server logs aiosqlite CancelledError tracebacks while it stops after a successful
    # run; the server's own errors still reach us as failed API calls.
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(STARTUP_SECONDS))


def _home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")


def _state_file() -> Path:
    return _home() / "vaccine-events-server.json"


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(port: int, *, ui: bool, detached: bool, log: Path | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PREFECT_UI_ENABLED": "1" if ui else "0"}
    env.pop("PREFECT_API_URL", None)
    if not ui:
        env["PREFECT__SERVER_EPHEMERAL"] = "1"  # no UI, no background services: what a single run needs
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115  (the child keeps it)
    cmd = [sys.executable, "-m", "pipeline.prefect_server", "--port", str(port),
           *(["--detached"] if detached else ["--parent", str(os.getpid())])]
    return subprocess.Popen(cmd, env=env, stdout=out, stderr=out, stdin=subprocess.DEVNULL,
                            start_new_session=True)  # Ctrl-C reaches the run first; the run stops the server


def _wait_healthy(proc: subprocess.Popen[bytes], api_url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not healthy(api_url):
        if proc.poll() is not None:
            raise ServerFailed(f"the Prefect server exited with status {proc.returncode} while starting")
        if time.monotonic() > deadline:
            proc.terminate()
            raise ServerFailed(f"the Prefect server did not answer within {timeout:.0f} s")
        time.sleep(0.2)


def background_url() -> str | None:
    """The API URL of the background server of `pipeline server start`, if it is up."""
    try:
        url = json.loads(_state_file().read_text())["api_url"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if healthy(url) else None


def start_background(port: int = BACKGROUND_PORT, timeout: float = STARTUP_SECONDS) -> str:
    """Start the background server with its UI (or find it running); return its API URL."""
    url = background_url()
    if url:
        return url
    api_url = f"http://127.0.0.1:{port}/api"
    if healthy(api_url):
        raise ServerFailed(f"port {port} is taken by another Prefect server: use --port, or set PREFECT_API_URL "
                           f"to {api_url} to use that one")
    _home().mkdir(parents=True, exist_ok=True)
    proc = _start(port, ui=True, detached=True, log=_home() / "vaccine-events-server.log")
    _wait_healthy(proc, api_url, timeout)
    _state_file().write_text(json.dumps({"api_url": api_url, "pid": proc.pid}))
    return api_url


def stop_background() -> bool:
    """Stop the background server; False when none was running."""
    try:
        state = json.loads(_state_file().read_text())
    except (OSError, ValueError):
        return False
    _state_file().unlink(missing_ok=True)
    try:
        os.killpg(int(state["pid"]), signal.SIGTERM)
    except (ProcessLookupError, KeyError, ValueError, TypeError, PermissionError):
        return False
    return True


@contextmanager
def api_server(*, ui_port: int | None = None, announce: bool = True) -> Iterator[str]:
    """Make `PREFECT_API_URL` point at a Prefect server for the duration (see the module's docstring).

    `ui_port`: start the run's own server there, with its UI (for `serve`)."""
    url = os.environ.get("PREFECT_API_URL") or background_url()
    if url:
        os.environ["PREFECT_API_URL"] = url
        yield url
        return
    port = ui_port or free_port()
    if announce:
        print("starting a Prefect server for this run (5-60 s; `python -m pipeline server start` keeps one "
              "running for faster runs)", file=sys.stderr, flush=True)
    proc = _start(port, ui=ui_port is not None, detached=False)
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        _wait_healthy(proc, api_url, float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]))
        os.environ["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        _drain()
        os.environ.pop("PREFECT_API_URL", None)
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _drain() -> None:
    """Send the run's queued log lines and events before its server stops."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogHandler

    try:
        APILogHandler().flush()
        EventsWorker.drain_all(timeout=10)
    except Exception:  # noqa: BLE001  (the run is done; its log lines in the UI are a courtesy)
        pass


def stop_reliably(grace: float = 20.0) -> None:
    """Make Ctrl-C and SIGTERM stop a served flow even when Prefect's runner swallows the interrupt.

    The first signal raises KeyboardInterrupt as usual. Prefect 3.4's runner can swallow it while a
    flow-run process is exiting, so if the process is still alive `grace` seconds later, it exits with
    status 130 (its server, if it started one, follows through its lifeline). Call from the main thread.
    """

    def force_exit() -> None:
        time.sleep(grace)
        os._exit(130)

    def handler(signum: int, frame: FrameType | None) -> None:
        threading.Thread(target=force_exit, daemon=True).start()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
