"""The YAML reader (`reader.YAML`): one package, imported in one direction.

    libyaml   the loader class (libyaml's, else PyYAML's) and the line breaks its marks count
    events    the fast path: plain data straight from the event stream, for a clean file
    survey    one event pass before composing: nesting depth and explicit tags
    exact     the exact loader: composes the node tree once and reports every problem, located
    locate    data paths to line and column, on the tree the exact loader composed, else composed on demand
    reader    decoding and the choice of path: bytes in, a `perfscore.readers.Source` out
"""
