"""Follow-up around a citizen: efforts and grants, documents to chase, and one list of what is
due (Frister). `CaseService.efforts`, `.documents` and `.deadlines()` are the way in."""
