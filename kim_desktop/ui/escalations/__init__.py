"""Meldungen struktureller Problemlagen: the case manager's own list and form, the coordinator's inbox."""
