"""``python -m aseanrok``: print a summary of the bundled data."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from .errors import AseanrokError
    from .summary import summary

    try:
        print(summary())
    except AseanrokError as exc:
        print(f"aseanrok: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
