"""Runs the pipeline: one file (analyse), two years (pair), many files (pool, paths, league)."""
