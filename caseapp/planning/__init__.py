"""Week planning: recurrence, timeliness (rettidighed), slot proposals and iCalendar exchange.

recurrence    expand series into occurrences (RRULE, EXDATE, moved occurrences)
timeliness    who is overdue, who is due this ISO week, what to book to stay on time
week_planner  plan_week(): proposals for the due citizens, fitted around the calendar
week_model    its public types and the calendar of one day
week_slots    its slot search: office-time blocks and conversations
ics           .ics export and all-or-nothing import
loading       the thin layer that feeds the pure functions from a CaseService
commands      `caseapp calendar export|import`
"""
