"""The outside attack of issue 14, kept in the project: seeded corpora per surface, run by pytest and by
`python -m tests.fuzz.report` (a per-surface count of cases tried and failed)."""
