"""Entry point of the frozen app."""

from workbench.cli import main

raise SystemExit(main())
