"""Team sharing through PostgreSQL: the local capture of changes, the end-to-end encryption and
signatures, the server's SQL and the sync itself. Import the module you need; this package's
face is empty so that no module here imports its own package."""
