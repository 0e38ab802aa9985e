"""`perfscore site`: the static website of many reports. A layer of its own between formats and commands: it
runs the engine's passes, builds views and writes the pages the site formats draw (perfscore/site/build.py),
and owns its output folder (perfscore/site/folder.py)."""
