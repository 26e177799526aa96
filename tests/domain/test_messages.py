"""Domain messages: German source text, translated first, placeholders filled after."""

from __future__ import annotations

from kim_desktop.domain.messages import Message


def test_text_fills_placeholders() -> None:
    message = Message.of("Dates", "Den {date} gibt es nicht.", date="31.02.2026")
    assert message.text() == "Den 31.02.2026 gibt es nicht."
    assert str(message) == message.text()
    assert message.arguments == {"date": "31.02.2026"}


def test_translation_gets_context_and_source() -> None:
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "{date} does not exist."

    message = Message.of("Dates", "Den {date} gibt es nicht.", date="31.02.2026")
    assert message.text(translate) == "31.02.2026 does not exist."
    assert seen == [("Dates", "Den {date} gibt es nicht.")]


def test_a_broken_translation_falls_back_to_german() -> None:
    message = Message.of("Dates", "Den {date} gibt es nicht.", date="31.02.2026")
    assert message.text(lambda c, t: "{datum} gibt es nicht.") == "Den 31.02.2026 gibt es nicht."


def test_messages_are_values() -> None:
    assert Message.of("A", "x {n}", n=1) == Message.of("A", "x {n}", n="1")
    assert len({Message.of("A", "x"), Message.of("A", "x")}) == 1
