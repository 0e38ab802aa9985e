"""`python -m perfscore` runs the CLI."""

from perfscore.cli import main

main()
