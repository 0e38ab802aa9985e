"""The rules' tests, one file per family (loading, schema, weights, published, indicators, yoy), each on
the one helper in `helper.py`."""
