"""Sync by export files (DESIGN §4): signed, age-encrypted `.kimsync` packages.

Plain Python: the GUI and the command line drive the same functions.
"""
