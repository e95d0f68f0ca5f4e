"""The citizen's plan, core half: the goal tree as pure data (`tree`), the edits the
tree editor makes (`operations`) and the plan as plain text for the municipality's system
(`copy_text`). The one-page plan for the citizen is `caseapp.reports.plan_pdf`."""
