"""The pure domain: the report model, targets, exact decimals, scoring and results. No I/O, no UI."""
