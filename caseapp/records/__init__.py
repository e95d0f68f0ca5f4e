"""Closing and deleting cases, the periods records are kept, the access log: see service.py."""
