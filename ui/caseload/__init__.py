"""The caseload (Sagsstamme): the table of one's citizens with its filter."""
