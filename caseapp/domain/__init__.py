"""Domain: frozen dataclasses and the rules that govern them. No I/O here."""
