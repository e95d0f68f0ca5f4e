"""The I dag page: today's appointments, overdue work, drafts and what needs attention."""
