"""Screenshots of consultation entry, Wiedervorlagen, the start page notice and Stammdaten.

Run under a virtual screen (the files land in OUT, default /tmp):

    xvfb-run -s "-screen 0 1440x900x24" .venv/bin/python build_scripts/screenshot_consultation.py [OUT]

It creates a throw-away vault in a temporary folder with a few cases, follow-ups and one consent,
then captures the screen with ImageMagick's `import -window root` after each step: the empty
dialog, the dialog with a refused date, a filter and a referral lacking consent, the
"Trotzdem vermitteln?" question, the dialog after "Speichern und nächste", the follow-ups list,
the start page and the master data page. Nothing outside the temporary folder and OUT is written.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSWORD = "Screenshot-Passwort-2026"
STEP_MS = 700


def fill(vault) -> str:  # type: ignore[no-untyped-def]
    """Four clients with follow-ups (overdue, today, soon) and one case to record for; its id."""
    from kim_desktop.domain.consent import Consent
    from kim_desktop.services import cases, clients, consultations

    today = dt.date.today()
    home = vault.profile.municipalities[0]

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    people = [("Olena", "Kovalenko", -5, "Antrag auf Wohngeld nachreichen lassen, Unterlagen prüfen"),
              ("Mohammad", "Rahimi", 0, "Termin bei der Ausländerbehörde nachfragen"),
              ("Ayşe", "Yılmaz", 4, "Rückmeldung des Jobcenters abwarten"),
              ("Tesfaye", "Bekele", -1, "")]
    for first, last, due_in, next_steps in people:
        client = clients.create_client(vault, clients.ClientInput(first_name=first, last_name=last))
        case_id = cases.open_case(vault, client.id, municipality_ags=home, opened_on=ago(40))
        consultations.save_consultation(vault, consultations.ConsultationInput(
            case_id=case_id, held_on=ago(10), municipality_ags=home, contact_type="phone",
            duration_minutes=30, topics=("housing",), next_steps=next_steps, follow_up_on=ago(-due_in)))
    client = clients.create_client(vault, clients.ClientInput(first_name="Amina", last_name="Haddad",
                                                              birth_date=dt.date(1990, 3, 4)))
    case_id = cases.open_case(vault, client.id, municipality_ags=home, opened_on=ago(60))
    cases.add_consent(vault, case_id, Consent("jobcenter", ago(30), "Leistungen SGB II"))
    return case_id


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")
    work = Path(tempfile.mkdtemp(prefix="kim-shot-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(work / var.lower())

    from kim_desktop.config.deployment import load_deployment
    from kim_desktop.domain.roles import Role
    from kim_desktop.settings import Settings
    from kim_desktop.storage.vault import Vault
    from kim_desktop.ui import refcount_guard
    from kim_desktop.ui.consultation_dialog import ConsultationDialog
    from kim_desktop.ui.i18n import install_translators
    from kim_desktop.ui.main_window import MainWindow
    from kim_desktop.ui.qt import QTimer, QtWidgets
    from kim_desktop.ui.session import AppSession

    refcount_guard.hold(100_000)
    deployment = load_deployment()
    vault = Vault.create(work / "shot.kimvault", PASSWORD, role=Role.CASE_MANAGER,
                         display_name="Erika Beispiel", team=1, municipalities=("05382024", "05382008"))
    case_id = fill(vault)
    app = QtWidgets.QApplication(sys.argv[:1])
    install_translators(app, "de")
    session = AppSession(vault, deployment, Settings(deployment, work / "settings.json"))
    window = MainWindow(session)
    window.resize(1440, 860)
    window.move(0, 0)
    window.show()
    dialog = ConsultationDialog(session, case_id, parent=window)
    dialog.show()

    def shoot(name: str) -> None:
        subprocess.run(["import", "-window", "root", str(out / f"consultation_{name}.png")], check=True)
        print(out / f"consultation_{name}.png")

    def typed_errors() -> None:
        form = dialog.form
        form.held_on.setText("31.02.2026")
        form.held_on.check()
        form.start_time.setText("9:30")
        form.topics.set_checked(["housing"])
        form.referrals.set_checked(["jobcenter", "foreigners-authority"])
        form.notes.setPlainText("Mietvertrag und Nebenkostenabrechnung besprochen.")
        form.topics.view.setFocus()
        for key in "gesund":
            form.topics.handle_key(_key_event(key))

    def question() -> None:
        dialog.form.held_on.setText("heute")
        QTimer.singleShot(0, dialog.save)  # the question box runs its own loop; the next step closes it

    def answer_yes() -> None:
        box = app.activeModalWidget()
        if isinstance(box, QtWidgets.QMessageBox):
            box.done(QtWidgets.QMessageBox.StandardButton.No)
        dialog.form.referrals.set_checked(["jobcenter"])
        dialog.save(next_one=True)

    def section(key: str) -> Callable[[], None]:
        def show() -> None:
            if dialog.isVisible():
                dialog.done(0)
            window.select_section(key)
        return show

    steps: list[tuple[Callable[[], None], str]] = [
        (lambda: None, "1_new"), (typed_errors, "2_errors_and_warning"), (question, "3_question"),
        (answer_yes, "4_saved_next"), (section("follow-ups"), "5_follow_ups"), (section("start"), "6_start"),
        (section("master-data"), "7_master_data"),
    ]

    def run(index: int = 0) -> None:
        if index == len(steps):
            app.quit()
            return
        action, name = steps[index]
        action()
        QTimer.singleShot(STEP_MS, lambda: (shoot(name), run(index + 1)))

    QTimer.singleShot(STEP_MS, run)
    app.exec()
    window.clear_pages()
    vault.close()
    shutil.rmtree(work)
    return 0


def _key_event(text: str):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.qt import Qt, QtCore, QtGui

    return QtGui.QKeyEvent(QtCore.QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                           text)


if __name__ == "__main__":
    raise SystemExit(main())
