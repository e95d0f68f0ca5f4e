"""Week planning: recurrence, timeliness (rettidighed), slot proposals and iCalendar exchange.

recurrence    expand series into occurrences (RRULE, EXDATE, moved occurrences)
timeliness    who is overdue, who is due this ISO week, what to book to stay on time
week_planner  plan_week(): proposals for the due citizens, fitted around the calendar
week_model    its public types and the calendar of one day
week_slots    its slot search: office-time blocks and conversations
ics           .ics export (and the import's public names)
ics_reader    the structure of an .ics file: content lines, components
ics_events    VEVENTs into checked appointments (zones, whole days, rules)
ics_import    all-or-nothing import that updates by UID and reports what is gone
ics_privacy   citizens' names out of texts exported without names
saving        checked, audited appointment writes on a database handle
loading       the thin layer that feeds the pure functions from the database
commands      `caseapp calendar export|import`
"""
