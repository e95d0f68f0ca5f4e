"""Citizens and their case details, network and consents, core half: `service.Citizens`
(`CaseService.citizens`) checks what is written; the SQL is in `caseapp.storage.citizens` and,
for the caseload, `caseapp.storage.caseload`; `caseload.read_caseload` reads it on its own."""
