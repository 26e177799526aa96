"""The exchange page: export for the Kreis, import, devices, keys (issue 5)."""
