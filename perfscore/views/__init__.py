"""The plain-data views every format reads: the report, the findings, the diff and the league. Each is also
the `--format json` contract of its command; labels live in core.i18n."""

# The version of every JSON contract: raised together when one of them changes incompatibly.
SCHEMA_VERSION = 1
