"""The week planner (Uge): view, grid, painting, items and lanes, appointment dialogs, plan-my-week, timeliness, iCalendar and print."""
