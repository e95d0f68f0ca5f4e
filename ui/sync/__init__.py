"""Team sharing in the desktop: the background sync and its timer, the status-bar widget and the Konflikter list."""
