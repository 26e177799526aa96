"""Screenshots of the "Fälle" section for looking at it: every tab of a case and the case dialogs.

Run under a virtual screen (the files land in OUT, default /tmp):

    xvfb-run -s "-screen 0 1440x900x24" .venv/bin/python build_scripts/screenshot_cases.py [OUT]

It creates a throw-away vault in a temporary folder (demo data when services.demo_data exists,
otherwise a few clients), opens the main window on one case and captures the screen with
ImageMagick's `import -window root` after each step. Nothing outside the temporary folder and OUT
is written.
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
    """Demo data if available, plus one case with everything the detail shows; returns its id."""
    from kim_desktop.domain.case_cycle import Phase
    from kim_desktop.domain.consent import Consent
    from kim_desktop.services import cases, clients, consultations

    try:
        from kim_desktop.services.demo_data import fill_demo_data
    except ImportError:
        fill_demo_data = None
    if fill_demo_data is not None:
        fill_demo_data(vault, 600, seed=1)
    today = dt.date.today()
    home = vault.profile.municipalities[0]
    client = clients.create_client(vault, clients.ClientInput(
        first_name="Mohammad", last_name="Al-Khatib", birth_date=dt.date(1987, 5, 14), gender="male",
        nationality="syrisch", languages="Arabisch, Deutsch (A2)", interpreter_needed=True,
        interpreter_language="Arabisch", residence_status="residence-permit", municipality_ags=home,
        address="Bahnhofstraße 12\n53757 Sankt Augustin", phone="02241 123456",
        household="verheiratet, drei Kinder (2, 6 und 9 Jahre)", notes="Termine bitte vormittags."))
    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    case_id = cases.open_case(vault, client.id, municipality_ags=home, opened_on=ago(90))
    cases.change_phase(vault, case_id, Phase.ASSESSMENT, on=today - dt.timedelta(days=70))
    cases.change_phase(vault, case_id, Phase.PLANNING, on=today - dt.timedelta(days=40))
    cases.save_goal(vault, case_id, "Deutschkurs B1 bis zum Sommer abschließen", status="in-progress",
                    due_on=today + dt.timedelta(days=150))
    cases.save_goal(vault, case_id, "Wohnung mit drei Zimmern finden", due_on=ago(5))
    cases.add_consent(vault, case_id, Consent("mbe", ago(85), "Austausch zum Aufenthalt"))
    consent_id = cases.add_consent(vault, case_id, Consent("youth-welfare-office", ago(80),
                                                           "Kita-Platz für die jüngste Tochter"))
    cases.revoke_consent(vault, consent_id, today - dt.timedelta(days=20))
    entries = [
        (60, "10:00", "in-person", ("residence", "language-course"), ("mbe",),
         "Erstgespräch mit Dolmetscher; Aufenthaltserlaubnis läuft in vier Monaten ab, "
         "Integrationskurs noch nicht begonnen."),
        (30, "14:30", "phone", ("housing",), (), "Wohnungssuche besprochen, WBS-Antrag ausgefüllt."),
        (6, "09:15", "in-person", ("work-training", "finances-benefits"), ("jobcenter", "mbe"),
         "Bescheid des Jobcenters erklärt; Termin zur Anerkennung des Abschlusses vereinbart."),
    ]
    for days_ago, start, contact, topics, referrals, notes in entries:
        data = consultations.ConsultationInput(
            case_id=case_id, held_on=today - dt.timedelta(days=days_ago), municipality_ags=home,
            contact_type=contact, start_time=start, duration_minutes=45, topics=topics,
            legal_domains=("sgb-ii", "aufenthg"), referrals=referrals, notes=notes,
            next_steps="Unterlagen mitbringen", follow_up_on=today + dt.timedelta(days=7))
        with vault.reader() as db:
            missing = consultations.missing_consents(db, case_id, referrals, data.held_on)
        consultations.save_consultation(vault, data, confirmed_without_consent=missing)
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
    from kim_desktop.ui.i18n import install_translators
    from kim_desktop.ui.main_window import MainWindow
    from kim_desktop.ui.qt import QTimer, QtWidgets
    from kim_desktop.ui.session import AppSession

    refcount_guard.hold(100_000)
    deployment = load_deployment()
    vault = Vault.create(work / "shot.kimvault", PASSWORD, role=Role.CASE_MANAGER,
                         display_name="Erika Beispiel", team=4, municipalities=("05382056", "05382060"))
    case_id = fill(vault)
    app = QtWidgets.QApplication(sys.argv[:1])
    install_translators(app, "de")
    window = MainWindow(AppSession(vault, deployment, Settings(deployment, work / "settings.json")))
    window.resize(1440, 860)
    window.move(0, 0)
    window.show()
    window.open_case(case_id)
    page = window.pages["cases"]
    detail = page.detail

    def shoot(name: str) -> None:
        subprocess.run(["import", "-window", "root", str(out / f"cases_{name}.png")], check=True)
        print(out / f"cases_{name}.png")

    def tab(index: int) -> Callable[[], None]:
        return lambda: detail.tabs.setCurrentIndex(index)

    def close_dialogs() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QtWidgets.QDialog) and widget.isVisible():
                widget.done(0)

    def duplicate_warning() -> None:
        dialog = page.new_client()
        dialog.first_name.setText("Muhammad")
        dialog.last_name.setText("Al Khatib")
        dialog.birth_date.setText("14.05.1987")
        dialog.accept()

    def bad_birth_date() -> None:
        dialog = page.new_client()
        dialog.first_name.setText("Lina")
        dialog.birth_date.setText("31.02.2000")
        dialog.accept()

    def closing() -> None:
        detail.tabs.setCurrentIndex(0)
        dialog = detail.overview.change_phase()
        dialog.phase.setCurrentIndex(dialog.phase.findData("closed"))
        dialog.accept()

    steps: list[tuple[Callable[[], None], str | None]] = [
        (tab(0), "1_overview"), (tab(1), "2_goals"), (tab(2), "3_consents"), (tab(3), "4_timeline"),
        (tab(4), "5_audit"), (duplicate_warning, "6_duplicates"), (close_dialogs, None),
        (bad_birth_date, "7_birth_date"), (close_dialogs, None), (closing, "8_phase"), (close_dialogs, None),
        (lambda: detail.goals.add_goal() and None, "9_goal"), (close_dialogs, None),
        (lambda: detail.consents.add_consent() and None, "10_consent"), (close_dialogs, None),
        (lambda: page.open_case_for_existing().search.setText("al"), "11_open_case"), (close_dialogs, None),
        (lambda: detail.new_consultation() and None, "12_new_consultation"), (close_dialogs, None),
        (lambda: page.include_closed.setChecked(True), "13_with_closed"),
    ]

    def run(index: int = 0) -> None:
        if index == len(steps):
            app.quit()
            return
        action, name = steps[index]
        action()
        if name is None:
            QTimer.singleShot(50, lambda: run(index + 1))
            return
        QTimer.singleShot(STEP_MS, lambda: (shoot(name), run(index + 1)))

    QTimer.singleShot(STEP_MS, run)
    app.exec()
    window.clear_pages()
    vault.close()
    shutil.rmtree(work)  # the throw-away vault holds demo data only, but leaves nothing behind
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
