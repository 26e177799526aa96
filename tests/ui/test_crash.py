"""The crash handler reports a hard crash of the previous run to its caller, once."""

from __future__ import annotations

import sys

from kim_desktop.ui import crash


def test_install_says_whether_the_last_run_crashed_hard(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(crash.faulthandler, "enable", lambda *args, **kwargs: None)  # keep pytest's
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    monkeypatch.setattr(crash, "_fault_stream", None)
    (tmp_path / crash.FAULT_FILE).write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    first = crash.install(show_dialog=False, directory=tmp_path)
    crash._fault_stream.close()  # type: ignore[union-attr]
    second = crash.install(show_dialog=False, directory=tmp_path)  # the next start, nothing happened
    crash._fault_stream.close()  # type: ignore[union-attr]
    assert (first, second) == (True, False)


def test_crash_details_contain_no_personal_data(tmp_path, monkeypatch, caplog):  # type: ignore[no-untyped-def]
    import logging

    monkeypatch.setattr(crash.faulthandler, "enable", lambda *args, **kwargs: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "_fault_stream", None)
    shown: list[str] = []
    monkeypatch.setattr(crash, "_show", shown.append)
    crash.install(show_dialog=False, directory=tmp_path)
    crash._fault_stream.close()  # type: ignore[union-attr]
    try:
        raise ValueError("Erika Muster")
    except ValueError:
        with caplog.at_level(logging.DEBUG):
            sys.excepthook(*sys.exc_info())
    assert shown == []
    assert "ValueError" in caplog.text and "test_crash_details_contain_no_personal_data" in caplog.text
    assert "Erika Muster" not in caplog.text
