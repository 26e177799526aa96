"""One view of a report as a CSV file for German Excel.

Format (the README copies this paragraph):
The CSV file holds exactly one view of a report (`kim-desktop report --format csv --view …`,
default the overview). It is encoded as UTF-8 with a byte order mark (so Excel recognises the
umlauts), fields are separated by a semicolon `;`, lines end with CR LF, and fields that contain
a semicolon, a quote or a line break are enclosed in double quotes (quotes inside doubled). The
first line is the header with the column titles of the view; each further line is one row of the
table, the total row ("Insgesamt") included, as in the program. Whole numbers are written without
thousands separators (`1234`), decimals with a decimal comma (`12,5`), dates as `DD.MM.YYYY`,
empty cells as empty fields. A count hidden by small-count suppression reads `<5` (for the
threshold 5). A text field that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
prefixed with an apostrophe (`'=…`) so that no spreadsheet runs it as a formula (OWASP
"CSV injection"); numbers are never prefixed. Title, period and notes of the report are not in the
CSV; the XLSX and PDF carry them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Message
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_cells import CONTEXT, looks_like_formula
from kim_desktop.reports.report_model import CellValue, Report, ReportView, ViewId
from kim_desktop.storage.atomic import write_atomic

DELIMITER = ";"
LINE_END = "\r\n"
ENCODING = "utf-8-sig"  # UTF-8 with the byte order mark
NO_SUCH_VIEW = QT_TRANSLATE_NOOP("ReportFiles", "Der Bericht enthält keine Ansicht „{view}“.")


def field(value: CellValue) -> str:
    """A cell as German Excel reads it (see the module doc)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        return local.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    return "'" + value if looks_like_formula(value) else value


def render_csv(view: ReportView) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator=LINE_END, quoting=csv.QUOTE_MINIMAL)
    writer.writerow([field(column.title) for column in view.columns])
    for row in view.rows:
        writer.writerow([field(value) for value in row.cells])
    return buffer.getvalue().encode(ENCODING)


def write_csv(report: Report, view_id: ViewId | str, target: Path) -> None:
    """Writes the one view to target (replacing a file there) in one step."""
    wanted = str(view_id)
    view = next((v for v in report.views if v.id == wanted), None)
    if view is None:
        raise InputRejected(Message.of(CONTEXT, NO_SUCH_VIEW, view=wanted), "view")
    write_atomic(Path(target), render_csv(view))
