"""A German user message with placeholders, translated by whoever shows it.

Domain rules answer with untranslated text (marked with QT_TRANSLATE_NOOP so that lupdate finds
it); the UI passes Qt's `QCoreApplication.translate`, the command line passes nothing and prints
the German source. The placeholders (`{date}`) are filled after translation, as in errors.KimError.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]  # (context, source text) -> translated text


@dataclass(frozen=True)
class Message:
    context: str
    template: str  # the German source text as marked with QT_TRANSLATE_NOOP(context, template)
    details: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def of(cls, context: str, template: str, **details: object) -> Message:
        return cls(context, template, tuple((key, str(value)) for key, value in details.items()))

    @property
    def arguments(self) -> Mapping[str, str]:
        return dict(self.details)

    def text(self, translate: Translate | None = None) -> str:
        template = translate(self.context, self.template) if translate else self.template
        try:
            return template.format(**self.arguments)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return self.template.format(**self.arguments)

    def __str__(self) -> str:
        return self.text()
