"""Benchmarks for perfscore: synthetic reports, timed scenarios, the YAML-parsing floor and peer tools.

Run `python -m benchmarks` (see benchmarks/__main__.py). Not part of the test suite: tests never assert
timings. Importing this package imports nothing heavy.
"""
