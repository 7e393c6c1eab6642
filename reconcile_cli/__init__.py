"""The ``reconcile`` command line, a top-level package of its own.

Why apart from ``reconcile/``: the layers read claims -> reconcile -> reports -> CLI. While
the CLI lived in ``reconcile/``, the ``reconcile`` package both fed ``reports/`` (its models)
and imported it (to render), a loop between packages that made "reports depends on data models
only" impossible to check and pulled renderers into every import of the domain. Here the
dependencies run one way: this package imports ``claims``, ``reconcile`` and ``reports``, and
none of them imports it. Scripts that used ``reconcile.cli`` import ``reconcile_cli.main``.

Layout: ``main`` is the click group and entry point, ``common`` the options and helpers every
verb shares, ``commands/`` one module per verb. ``python -m reconcile_cli`` runs it.
"""
