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
import time


def main() -> None:
    """Start the cluster, scale it, print the address and keep it alive until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", choices=["slurm", "pbs"], default="slurm")
    parser.add_argument("--jobs", type=int, default=10, help="batch jobs, one worker each")
    args = parser.parse_args()
    try:
        from dask_jobqueue import PBSCluster, SLURMCluster
    except ImportError:
        raise SystemExit("dask-jobqueue is missing: pip install 'gridrush[cluster]'") from None
    cluster_class = SLURMCluster if args.system == "slurm" else PBSCluster
    cluster = cluster_class(scheduler_options={"dashboard_address": ":8787"})
    cluster.scale(jobs=args.jobs)
    print(f"scheduler: {cluster.scheduler_address}")
    print(cluster.job_script())
    try:
        while True:
            time.sleep(60)
    except KeyboardInterrupt:
        cluster.close()


if __name__ == "__main__":
    main()
