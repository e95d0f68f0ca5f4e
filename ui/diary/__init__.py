"""Diary notes (Dagbog): the tab, list model, editor with autosave and writing help, detail, filters, monthly summary and the quick-note window."""
