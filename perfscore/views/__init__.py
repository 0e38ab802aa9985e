"""The plain-data views every format reads: the report, the diff and the league; labels in i18n."""
