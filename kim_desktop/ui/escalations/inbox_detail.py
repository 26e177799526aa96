"""The detail pane of the coordinator's inbox: every field of one escalation, the duplicates merged
into it (its sources) and its history. Read-only rich text built from escaped values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import TYPE_CHECKING

from kim_desktop.domain.dates import format_date
from kim_desktop.ui.escalations.review_dialog import status_text
from kim_desktop.ui.models.escalation_table_model import EMPTY, Labels, moment
from kim_desktop.ui.qt import QtWidgets

if TYPE_CHECKING:
    from kim_desktop.services.escalations import EscalationDetail, EscalationRow


def _text(value: object) -> str:
    text = EMPTY if value is None or value == "" else str(value)
    return escape(text).replace("\n", "<br/>")


def _names(codes: Iterable[str], labels: Mapping[str, str]) -> str:
    return ", ".join(labels.get(code, code) for code in codes) or EMPTY


class InboxDetailView(QtWidgets.QTextBrowser):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Meldung im Detail"))
        self.setTabChangesFocus(True)
        self.show_nothing()

    def show_nothing(self, several: int = 0) -> None:
        text = (self.tr("%1 Meldungen ausgewählt.").replace("%1", str(several)) if several > 1
                else self.tr("Keine Meldung ausgewählt."))
        self.setHtml(f"<p style='color:#555555'>{escape(text)}</p>")

    def show_detail(self, detail: EscalationDetail, labels: Labels, agencies: Mapping[str, str],
                    legal_domains: Mapping[str, str]) -> None:
        self.setHtml(self.html(detail, labels, agencies, legal_domains))

    def html(self, detail: EscalationDetail, labels: Labels, agencies: Mapping[str, str],
             legal_domains: Mapping[str, str]) -> str:
        row, data = detail.row, detail.data
        facts = [
            (self.tr("Status"), status_text(row.status)),
            (self.tr("Dringlichkeit"), labels.urgencies.get(row.urgency, row.urgency)),
            (self.tr("Kommunen"), _names(row.municipalities, labels.municipalities)),
            (self.tr("Rechtskreise"), _names(row.legal_domains, legal_domains or labels.legal_domains)),
            (self.tr("Beteiligte Stellen"), _names(data.agencies, agencies)),
            (self.tr("Betroffene Fälle"), self._cases(row, data.case_count)),
            (self.tr("Zuerst beobachtet"), format_date(data.first_seen) if data.first_seen else EMPTY),
            (self.tr("Von"), row.author_label or EMPTY),
            (self.tr("Übermittelt"), moment(row.submitted_at)),
            (self.tr("Letzte Änderung"), moment(row.changed_at)),
        ]
        parts = [f"<h3>{_text(row.title)}</h3>", "<table cellspacing='0' cellpadding='2'>"]
        parts += [f"<tr><td><b>{_text(label)}</b></td><td>{_text(value)}</td></tr>" for label, value in facts]
        parts.append("</table>")
        for heading, value in ((self.tr("Beschreibung"), data.description),
                               (self.tr("Vorgeschlagene Maßnahme"), data.proposed_measure),
                               (self.tr("Anlagen (Text)"), data.attachments)):
            parts.append(f"<h4>{_text(heading)}</h4><p>{_text(value)}</p>")
        sources_heading = self.tr("Quellen (zusammengeführte Meldungen)")
        parts.append(f"<h4>{_text(sources_heading)}</h4>")
        if detail.sources:
            parts.append("<ul>")
            for source in detail.sources:
                towns = _names(source.municipalities, labels.municipalities)
                line = self.tr("%1 – %2, %3 Fälle, von %4, übermittelt %5").replace(
                    "%1", source.title).replace("%2", towns).replace("%3", str(source.case_count)).replace(
                    "%4", source.author_label or EMPTY).replace("%5", moment(source.submitted_at))
                parts.append(f"<li>{_text(line)}</li>")
            parts.append("</ul>")
        else:
            no_sources = self.tr("keine")
            parts.append(f"<p>{_text(no_sources)}</p>")
        history_heading = self.tr("Verlauf")
        parts.append(f"<h4>{_text(history_heading)}</h4>")
        if detail.history:
            parts.append("<table cellspacing='0' cellpadding='2'>")
            for entry in detail.history:
                if entry.status is not None:
                    status = status_text(entry.status)
                elif entry.refused_status is not None:  # crossed another change on the way
                    status = self.tr("nicht übernommen: %1").replace("%1", status_text(entry.refused_status))
                else:
                    status = self.tr("Rückmeldung")
                comment = f"<br/>{_text(entry.comment)}" if entry.comment else ""
                parts.append(f"<tr><td valign='top'>{_text(moment(entry.at))}</td>"
                             f"<td valign='top'>{_text(entry.who)}</td>"
                             f"<td valign='top'><b>{_text(status)}</b>{comment}</td></tr>")
            parts.append("</table>")
        else:
            no_history = self.tr("noch keine Einträge")
            parts.append(f"<p>{_text(no_history)}</p>")
        return "".join(parts)

    def _cases(self, row: EscalationRow, own_count: int) -> str:
        if row.case_count == own_count:
            return str(row.case_count)
        return self.tr("%1 (davon %2 in dieser Meldung, der Rest aus zusammengeführten)").replace(
            "%1", str(row.case_count)).replace("%2", str(own_count))
