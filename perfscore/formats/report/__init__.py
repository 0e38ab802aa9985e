"""Formats of the scored report (`perfscore compute`): each renders `views.report.result_view`."""
