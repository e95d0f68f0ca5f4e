"""PDF documents built with reportlab: the status description and the leader's caseload sheet.

Everything here is core code (no Qt): `build_*_pdf(data) -> bytes` lays out plain frozen data,
`*_data(db, ...)` reads that data from the database through storage, and `commands` writes files.
"""
