"""Findings of a review of the sync core, each reproduced before it was fixed."""

from __future__ import annotations

from pathlib import Path

from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.sync import export, recipients
from kim_desktop.sync.importer import IMPORTED
from tests.sync.helpers import (
    add_case,
    add_client,
    add_consultation,
    import_all,
    introduce,
    keys_of,
    new_case_manager,
    new_coordinator,
    received,
    shipped_deployment,
)


def test_a_note_with_unicode_line_separators_travels(tmp_path: Path) -> None:
    """JSON written with ensure_ascii=False keeps U+2028/U+2029/U+0085 inside strings;
    str.splitlines() broke the line there and every export of that laptop was refused."""
    cm, coordinator = new_case_manager(tmp_path / "cm.kimvault"), new_coordinator(tmp_path / "c.kimvault")
    with cm, coordinator:
        introduce(cm, coordinator)
        note = "Termin beim Jobcenter\u2028danach Wohngeld\u2029Rückruf\u0085Ende"
        consultation = add_consultation(cm, add_case(cm, add_client(cm)), notes=note)
        written = export.export_for_kreis(cm, shipped_deployment(), tmp_path / "out")
        [outcome] = import_all(coordinator, [written.path])
        assert outcome.status == IMPORTED, outcome.reason
        with coordinator.reader() as session:
            assert session.get(Consultation, consultation).notes == note


def test_an_announcement_does_not_bring_a_removed_coordinator_back(tmp_path: Path) -> None:
    """A feedback package written before a key rotation still lists the retired key; whichever
    arrives last, a removed coordinator stays removed until the user adds it again."""
    cm, old = new_case_manager(tmp_path / "cm.kimvault"), new_coordinator(tmp_path / "old.kimvault")
    with cm, old:
        introduce(cm, old)
        retired = keys_of(old)
        entry = recipients.KnownCoordinator("Alt", retired.age_recipient, retired.signing_key, recipients.ANNOUNCED)
        deployment = shipped_deployment()
        with cm.transaction() as session:
            assert recipients.remove_coordinator(session, retired.age_recipient)
            recipients.add_coordinator(session, entry)
            known = {c.age_recipient for c in recipients.known_coordinators(session, deployment)}
        assert retired.age_recipient not in known
        with cm.transaction() as session:
            recipients.add_coordinator(session, recipients.KnownCoordinator(
                "Alt", retired.age_recipient, retired.signing_key, recipients.ADDED))
            known = {c.age_recipient for c in recipients.known_coordinators(session, deployment)}
        assert retired.age_recipient in known


def test_receipts_are_the_same_whether_the_resend_or_the_originals_arrive_first(tmp_path: Path) -> None:
    cm = new_case_manager(tmp_path / "cm.kimvault")
    first, second = new_coordinator(tmp_path / "a.kimvault"), new_coordinator(tmp_path / "b.kimvault", "B")
    deployment = shipped_deployment()
    with cm, first, second:
        introduce(cm, first)
        introduce(cm, second)
        files = []
        for _ in range(2):
            add_case(cm, add_client(cm))
            files.append(export.export_for_kreis(cm, deployment, tmp_path / "out").path)
        files.append(export.export_for_kreis(cm, deployment, tmp_path / "out", mode=export.ALL).path)
        import_all(first, files)
        import_all(second, [files[2], files[0], files[1]])
        assert received(first) == received(second)
        assert all(row[5] for row in received(first))  # every number carries its own package's hash
