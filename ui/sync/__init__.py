"""Team sharing in the desktop: the background sync and its timer, the status-bar widget, the Konflikter list, and setting a team up (Opret, Deltag, Invitér, Medlemmer, Forlad)."""
