"""``python -m experiments`` is the ``gridrush`` command."""

from experiments.cli import main

main()
