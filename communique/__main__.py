"""Allow ``python -m communique``."""

from communique.cli import main

main()
