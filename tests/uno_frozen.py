"""Asks LibreOffice, through its Python bridge (python3-uno), which rows each sheet of a workbook shows frozen.

Run by a Python that has LibreOffice's `uno` module (the system python3 with python3-uno), not by the test
environment's: `python3 uno_frozen.py PROFILE_URL PIPE_NAME WORKBOOK...` prints one line per workbook, its
file name then `sheet=rows` for each sheet (`fill.ods 填報=1 評核=1`; 0 for a sheet with nothing frozen).
It starts its own headless soffice on a private profile and pipe, and ends it.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def main(profile: str, pipe: str, paths: list[str]) -> None:
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation={profile}", f"--accept=pipe,name={pipe};urp;"])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(600):  # LibreOffice takes a few seconds to start on a fresh profile
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # not listening yet
                time.sleep(0.1)
        else:
            raise SystemExit("LibreOffice did not start listening within a minute")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        hidden = PropertyValue()
        hidden.Name, hidden.Value = "Hidden", True
        for path in paths:
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (hidden,))
            controller = document.getCurrentController()
            frozen = []
            for sheet in document.getSheets():
                controller.setActiveSheet(sheet)
                frozen.append(f"{sheet.getName()}={controller.getSplitRow() if controller.hasFrozenPanes() else 0}")
            print(path.replace("\\", "/").rsplit("/", 1)[-1], *frozen)
            document.close(True)
        with contextlib.suppress(Exception):  # the bridge goes away as LibreOffice quits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
