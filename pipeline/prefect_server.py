"""`python -m pipeline.prefect_server --port N`: a Prefect API server (Prefect's own app under uvicorn).

Started by `pipeline.prefect_setup`: per run, without its UI, ending with the run that started it (even
when that run is killed); or kept running in the background with its UI (`pipeline server start`)."""

from __future__ import annotations

import argparse
import os


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--detached", action="store_true", help="keep running when the parent process ends")
    ap.add_argument("--parent", type=int, default=None, help="pid of the process this server serves")
    args = ap.parse_args()
    if not args.detached:
        from pipeline.lifeline import exit_with_parent

        exit_with_parent(args.parent)
    os.environ["PREFECT__SERVER_FINAL"] = "1"
    import uvicorn

    uvicorn.run("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=args.port,
                log_level="error", lifespan="on")


if __name__ == "__main__":
    main()
