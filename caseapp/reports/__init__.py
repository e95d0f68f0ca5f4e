"""PDF documents built with reportlab: the status description and the leader's caseload sheet.

Everything here is core code (no Qt): `build_*_pdf(data) -> bytes` lays out plain frozen data,
`*_data(service, ...)` reads that data through the service façade, and `commands` writes files.
"""
