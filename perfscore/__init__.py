"""perfscore: exact scoring, auditing and publishing of performance reports kept as YAML.

Kept import-free on purpose: `perfscore --version` must not pay for pydantic or rich.
"""

__version__ = "0.1.0"
