"""Start a Dask scheduler with workers on a SLURM or PBS cluster (dask-jobqueue) for sweeps.

Run on the cluster's login node, in the project's environment::

    python -m experiments.cluster --system slurm --jobs 50

It prints the scheduler address; in another shell, on the same node::

    gridrush sweep my_sweep.toml --out /shared/results/my_sweep --scheduler tcp://HOST:PORT

Queue, account, memory and walltime come from the dask-jobqueue configuration
(``experiments/jobqueue_slurm.yaml`` is a ready example). The results folder must be on a
file system the workers share, because each worker writes its runs there.
"""

from __future__ import annotations

import argparse
import shlex
import socket
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dask_jobqueue.core import JobQueueCluster


def port_free(port: int) -> bool:
    """Whether nothing listens on ``port`` of this host (so Dask's usual dashboard port can be
    used without Dask's multi-line warning; otherwise the system picks one)."""
    with socket.socket() as probe:
        try:
            probe.bind(("", port))
        except OSError:
            return False
    return True


def make_cluster(system: str, **options: Any) -> JobQueueCluster:
    """A dask-jobqueue cluster whose worker jobs run with gridrush's worker settings.

    Queue, account, memory and walltime come from the dask-jobqueue configuration; the job
    script's prologue gets the exports of :func:`experiments.sweep.worker_environment` after
    any prologue lines of that configuration.

    Args:
        system: ``slurm`` or ``pbs``.
        **options: Passed to the dask-jobqueue cluster class (override the configuration).
    """
    import dask
    from dask_jobqueue import PBSCluster, SLURMCluster

    from experiments.sweep import worker_environment

    configured = dask.config.get(f"jobqueue.{system}.job-script-prologue", None) or []
    exports = [
        f"export {name}={shlex.quote(value)}" for name, value in worker_environment().items()
    ]
    cluster_class = SLURMCluster if system == "slurm" else PBSCluster
    scheduler_options = {
        "dashboard_address": ":8787" if port_free(8787) else ":0",
        **options.pop("scheduler_options", {}),
    }
    return cluster_class(
        scheduler_options=scheduler_options,
        job_script_prologue=[*configured, *exports],
        **options,
    )


def main() -> None:
    """Start the cluster, scale it, print the address and keep it alive until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", choices=["slurm", "pbs"], default="slurm")
    parser.add_argument("--jobs", type=int, default=10, help="batch jobs, one worker each")
    parser.add_argument(
        "--print-worker-env",
        action="store_true",
        help="print the worker settings as shell exports (for workers started by hand) and exit",
    )
    args = parser.parse_args()
    if args.print_worker_env:
        from experiments.sweep import worker_environment

        for name, value in worker_environment().items():
            print(f"export {name}={shlex.quote(value)}")
        return
    try:
        import dask_jobqueue  # noqa: F401
    except ImportError:
        raise SystemExit("dask-jobqueue is missing: pip install 'gridrush[cluster]'") from None
    cluster = make_cluster(args.system)
    cluster.scale(jobs=args.jobs)
    print(f"scheduler: {cluster.scheduler_address}")
    print(f"dashboard: {cluster.dashboard_link}")
    print(cluster.job_script())
    try:
        while True:
            time.sleep(60)
    except KeyboardInterrupt:
        cluster.close()


if __name__ == "__main__":
    main()
