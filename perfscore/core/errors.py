"""The one base error for operational failures.

Bad report data never raises: it becomes `Finding` values. Only failures of the
environment (an unreadable path, an unwritable output) raise `PerfscoreError`.
"""


class PerfscoreError(Exception):
    """An operational failure: the tool could not do its job, whatever the data says. Raised with a catalogue
    Message, so a command can say it in the run's language."""

    @property
    def message(self) -> str:
        """What it says: the Message it was raised with (`str(error)` is a plain English copy)."""
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, str) else str(self)
