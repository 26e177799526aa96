from __future__ import annotations


def window_title(base: str, demo: bool) -> str:
    """A demo vault must never be mistaken for real data."""
    return f"{base} – DEMO" if demo else base
