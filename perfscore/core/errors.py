"""The one base error for operational failures.

Bad report data never raises: it becomes `Finding` values. Only failures of the
environment (an unreadable path, an unwritable output) raise `PerfscoreError`.
"""


class PerfscoreError(Exception):
    """An operational failure: the tool could not do its job, whatever the data says."""
