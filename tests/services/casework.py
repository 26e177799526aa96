"""Shared makers for service tests: a client with a case, written through the services."""

from __future__ import annotations

import datetime as dt

from kim_desktop.services import cases, clients
from kim_desktop.storage.vault import Vault

TODAY = dt.date(2026, 11, 25)
BONN_SIDE = "05382024"  # Königswinter, in the test vault's profile


def make_case(vault: Vault, first: str = "Amina", last: str = "Haddad", *,
              born: dt.date | None = dt.date(1990, 3, 4), opened: dt.date = dt.date(2026, 1, 10)) -> tuple[str, str]:
    client = clients.create_client(vault, clients.ClientInput(first_name=first, last_name=last, birth_date=born),
                                   today=TODAY)
    case_id = cases.open_case(vault, client.id, municipality_ags=BONN_SIDE, opened_on=opened, today=TODAY)
    return client.id, case_id
