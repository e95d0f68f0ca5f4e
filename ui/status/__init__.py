"""Status descriptions: the tab, editor, preview and the leader's batch export and caseload print-outs."""
