# gridrush: the two commands a newcomer needs.
#   make run   install, then run the baseline scenario and print the market structure it ends in
#   make test  install, then run the whole test suite (browser tests included)
.PHONY: run test bench install

install:
	scripts/bootstrap

run: install
	.venv/bin/gridrush run

test: install
	scripts/ensure-chromium
	scripts/ensure-slurm
	.venv/bin/python -m pytest

bench: install
	.venv/bin/python benchmarks/bench_model.py --write benchmarks/README.md
	.venv/bin/python benchmarks/bench_viz.py --write benchmarks/README.md
	.venv/bin/python benchmarks/bench_sweep.py --write benchmarks/SWEEP.md
