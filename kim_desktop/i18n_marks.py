"""Markers that let Qt's lupdate find translatable text outside the ui package.

The source language is German; the ui package translates these strings through Qt's
translation system (context and text), the command line prints them as they are.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's spelling, lupdate looks for it
    return text
