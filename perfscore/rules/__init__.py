"""The finding codes and the checks that emit them, by family, with one registry."""
