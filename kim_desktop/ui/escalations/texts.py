"""Labels and formats shared by the escalation widgets (context "Escalations")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.escalation_status import Status, Urgency
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.ui.qt import QCoreApplication

CONTEXT = "Escalations"

URGENCIES = tuple(str(u) for u in Urgency)

EMPTY_STATE = QT_TRANSLATE_NOOP(
    "Escalations",
    "<h3>Noch keine Meldungen</h3>"
    "<p>Mit einer Meldung geben Sie ein <b>strukturelles Problem</b> an die Geschäftsstelle weiter: "
    "etwas, das nicht nur eine Person betrifft, sondern immer wieder auftritt – lange Wartezeiten "
    "bei einer Behörde, fehlende Angebote, Zuständigkeitslücken zwischen Rechtskreisen. Die "
    "Geschäftsstelle prüft die Meldung und bringt sie, wenn nötig, in die Lenkungsgruppe.</p>"
    "<p>Eine Meldung ist <b>kein Einzelfall</b> und enthält <b>keine personenbezogenen Daten</b>: "
    "keine Namen, Geburtsdaten, Telefonnummern, Adressen oder Aktenzeichen. Das Formular prüft den "
    "Text darauf, bevor er übermittelt wird.</p>"
    "<p>„Neue Meldung …“ (Strg+N) legt einen Entwurf an.</p>")

CASE_LINKS_NOTE = QT_TRANSLATE_NOOP(
    "Escalations", "Die Verknüpfung bleibt auf diesem Gerät – übermittelt wird nur die Anzahl.")


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: Status | None) -> str:
    return "" if status is None else QCoreApplication.translate("EscalationStatus", status.label)


def urgency_label(code: str) -> str:
    try:
        return QCoreApplication.translate("EscalationStatus", Urgency(code).label)
    except ValueError:
        return code


def format_when(moment: dt.datetime | None) -> str:
    """DD.MM.YYYY HH:MM in local time (stored moments are UTC)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def format_day(moment: dt.datetime | dt.date | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return format_date(moment.astimezone().date())
    return format_date(moment)


def joined(names: Iterable[str]) -> str:
    return ", ".join(n for n in names if n)
