"""Terminplan: the day schedule's page, views and dialogs (DESIGN §2)."""
