"""The sync tests' real PostgreSQL and laptops (the fixtures live in tests/pg_fixtures.py)."""

from tests.pg_fixtures import MEMBER_PASSWORD, PgServer, laptop, member_password, pg

__all__ = ["MEMBER_PASSWORD", "PgServer", "laptop", "member_password", "pg"]
