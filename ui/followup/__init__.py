"""Frister and the citizen's efforts and documents: the desktop side of caseapp.followup."""
