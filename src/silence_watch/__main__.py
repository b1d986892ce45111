"""Allow ``python -m silence_watch``."""

from silence_watch.cli import main

main()
