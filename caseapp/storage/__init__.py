"""Storage: the encrypted connection, migrations and repositories. The only place with SQL."""
