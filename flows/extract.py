"""The Prefect flow: plan the run, process documents in batches, commit the tables. Orchestration only.

Tasks keep no cache: every run must read its files afresh, and hashing a batch's rows for a cache key
costs seconds for nothing."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from pipeline import runs, store
from pipeline.console import PROGRESS
from pipeline.ingest import DEFAULT_MAX_BYTES
from pipeline.process import BatchResult
from pipeline.version import pipeline_version


@task(name="plan-run", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def plan_task(input_dir: str | None, files: list[str] | None, output_dir: str, full: bool,
              max_bytes: int, prune: bool, gone: list[str] | None) -> runs.RunPlan:
    plan = runs.plan_inputs(Path(input_dir) if input_dir else None, None if files is None else [Path(f) for f in files],
                            Path(output_dir), pipeline_version(), full=full, max_bytes=max_bytes, prune=prune)
    plan.gone = sorted(set(plan.gone) | runs.still_gone(gone or []))
    return plan


@task(name="process-batch", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def process_task(paths: list[str], version: str, root: str | None, max_bytes: int, n_process: int) -> BatchResult:
    return runs.process_paths(paths, version, root=root, max_bytes=max_bytes, n_process=n_process)


@task(name="write-tables", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def commit_task(output_dir: str, plan: runs.RunPlan, results: list[BatchResult], task_runner: str) -> runs.RunSummary:
    return runs.commit(Path(output_dir), plan, results, task_runner=task_runner)


@flow(name="vaccine-events", log_prints=False)
def extract_events(input_dir: str | None = "raw", output_dir: str = "output", files: list[str] | None = None,
                   full: bool = False, batch_size: int = 100, max_bytes: int = DEFAULT_MAX_BYTES,
                   n_process: int = 1, wait_seconds: float = 0.0, task_runner_name: str = "thread",
                   prune: bool = False, gone: list[str] | None = None, plan: runs.RunPlan | None = None) -> dict:
    """Extract vaccine-supply events from the articles of `input_dir` (or just `files`, named relative to
    `input_dir`) into `output_dir`. `prune`: drop the rows of articles whose files are gone from
    `input_dir`; `gone`: files known to be deleted (the watcher's), whose rows are dropped. `plan`: the
    plan its caller made while holding the output's lock (the command line's), so files are not read
    twice; without one, the flow plans itself."""
    logger = get_run_logger()
    with store.OutputLock(Path(output_dir), wait_seconds=wait_seconds):
        if plan is None:
            plan = plan_task(input_dir, files, output_dir, full, max_bytes, prune, gone)
        logger.info("%d files to process, %d unchanged, %d duplicates, %d gone (pipeline %s)",
                    len(plan.to_process), plan.skipped, len(plan.duplicates), len(plan.gone), plan.version,
                    extra=PROGRESS)
        chunks = runs.batches(plan.to_process, batch_size)
        futures = [process_task.submit(chunk, plan.version, plan.root, max_bytes, n_process) for chunk in chunks]
        results, done = [], 0
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            done += len({d['source_path'] for d in result.documents})
            logger.info("processed %d/%d files (%d%%)", done, len(plan.to_process),
                        100 * done // max(len(plan.to_process), 1), extra=PROGRESS)
        # quoted: Prefect would otherwise walk every row of every batch twice looking for futures
        # (about 5 s per 1,000 documents, more than the commit itself)
        summary = commit_task(output_dir, plan, quote(results), task_runner_name)
    logger.info("run %s: %d documents read, %d skipped, %d failed, %d events written, %.1f s",
                summary.run_id, summary.documents_read, summary.skipped, summary.failed,
                summary.events_written, summary.seconds)
    return summary.as_dict()


def make_task_runner(name: str, dask_address: str | None = None, workers: int = 2) -> TaskRunner:
    """The task runner for `name`: threads in this process, or Dask (a local cluster unless an address is given)."""
    if name == "thread":
        return ThreadPoolTaskRunner(max_workers=1)
    if name == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    raise ValueError(f"unknown task runner {name!r}: use 'thread' or 'dask'")
