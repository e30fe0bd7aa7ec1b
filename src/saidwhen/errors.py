"""One exception hierarchy for saidwhen. Every message says what went wrong and how to fix it.

SaidwhenError                 base; the CLI turns it into a message and exit code ``exit_code``
├── SettingsError             bad TOML file or SAIDWHEN_* variable (exit 2)
├── InputError                bad user input (exit 2)
│   ├── ReadError             a file/line that cannot be read as an article
│   └── QueryError            an empty, oversized or unusable query or claim
├── StoreError                the database cannot be opened/written (exit 3)
│   └── SchemaError           the database is from a newer saidwhen or not ours
├── NotFoundError             an article id or speaker that is not stored (exit 4)
└── DependencyError           an optional dependency or bundled model is missing (exit 5)
"""

from __future__ import annotations


class SaidwhenError(Exception):
    """Base of all saidwhen errors."""

    exit_code = 1


class SettingsError(SaidwhenError):
    exit_code = 2


class InputError(SaidwhenError):
    exit_code = 2


class ReadError(InputError):
    """A document that cannot be read; ``source`` names the file (and line) at fault."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class QueryError(InputError):
    pass


class StoreError(SaidwhenError):
    exit_code = 3


class SchemaError(StoreError):
    pass


class NotFoundError(SaidwhenError):
    exit_code = 4


class DependencyError(SaidwhenError):
    exit_code = 5
