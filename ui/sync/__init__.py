"""Team sharing in the desktop (issue 12): the background sync and its timer, the status-bar widget and the Konflikter list."""
