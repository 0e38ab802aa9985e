"""Readers: bytes and a name in; plain data, the loader's findings and a locator out."""
