"""``python -m reconcile_cli``: the console script when it is not installed."""

from reconcile_cli.main import main

main()
