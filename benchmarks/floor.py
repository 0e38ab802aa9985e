"""The floor: a bare `yaml.load` with libyaml's CSafeLoader of the given files, in one process, with the
collector paused. Run as a script (`python benchmarks/floor.py PATH...`); folders are searched for *.yaml
and *.yml. Nothing else is imported, so this is what parsing the same bytes costs at the least.
"""

import gc
import os
import sys

import yaml


def _files(paths: list[str]) -> list[str]:
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                found += [os.path.join(root, n) for n in names if n.endswith((".yaml", ".yml"))]
        else:
            found.append(path)
    return sorted(found)


def main() -> None:
    gc.disable()
    for path in _files(sys.argv[1:]):
        with open(path, "rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)


if __name__ == "__main__":
    main()
