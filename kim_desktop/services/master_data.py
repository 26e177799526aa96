"""Partner agencies, topics and legal domains: the shipped defaults merged with the vault's edits.

A default's label is German source text that the UI translates; a label a user typed is shown
as typed (`custom`). Codes never change once stored, so renaming keeps every reference.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain.catalogues import (
    DEFAULT_PARTNER_AGENCIES,
    DEFAULT_TOPICS,
    LEGAL_DOMAIN_LABELS,
    LegalDomain,
)
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import join_codes, split_codes
from kim_desktop.storage.master_data_tables import (
    AGENCY,
    KINDS,
    LEGAL_DOMAIN,
    TOPIC,
    CatalogueEntry,
    entry_id,
)
from kim_desktop.storage.vault import Vault

CONTEXT = "MasterData"
CATALOGUE_CONTEXT = "Catalogues"
EMPTY_LABEL = QT_TRANSLATE_NOOP("MasterData", "Bitte eine Bezeichnung eingeben.")
LABEL_TAKEN = QT_TRANSLATE_NOOP("MasterData", "Einen Eintrag „{label}“ gibt es hier schon.")
MAX_LABEL = 200


@dataclass(frozen=True)
class CatalogueItem:
    kind: str
    code: str
    label: str
    active: bool = True
    legal_domains: tuple[str, ...] = ()
    custom: bool = False  # label typed by a user: shown as it is, never translated
    default: bool = True  # shipped with the program (can be deactivated, not removed)

    def display(self, translate: Translate | None = None) -> str:
        if self.custom or translate is None:
            return self.label
        return translate(CATALOGUE_CONTEXT, self.label)


def _defaults(kind: str) -> list[CatalogueItem]:
    if kind == AGENCY:
        return [CatalogueItem(AGENCY, a.code, a.label, legal_domains=tuple(str(d) for d in a.legal_domains))
                for a in DEFAULT_PARTNER_AGENCIES]
    if kind == TOPIC:
        return [CatalogueItem(TOPIC, t.code, t.label) for t in DEFAULT_TOPICS]
    if kind == LEGAL_DOMAIN:
        return [CatalogueItem(LEGAL_DOMAIN, str(d), LEGAL_DOMAIN_LABELS[d]) for d in LegalDomain]
    raise ValueError(f"unknown catalogue kind {kind!r}")


def _item_of(row: CatalogueEntry, default: CatalogueItem | None) -> CatalogueItem:
    same_label = default is not None and row.label == default.label
    return CatalogueItem(row.kind, row.code, row.label, row.active, tuple(split_codes(row.legal_domains)),
                         custom=not same_label, default=default is not None)


def catalogue(session: Session, kind: str, *, include_inactive: bool = False) -> list[CatalogueItem]:
    """Defaults in their shipped order (with the vault's changes applied), then added entries."""
    rows = {row.code: row for row in session.scalars(
        select(CatalogueEntry).where(CatalogueEntry.kind == kind, CatalogueEntry.deleted.is_(False))
        .order_by(CatalogueEntry.position, CatalogueEntry.label))}
    items: list[CatalogueItem] = []
    for default in _defaults(kind):
        row = rows.pop(default.code, None)
        items.append(_item_of(row, default) if row is not None else default)
    items.extend(_item_of(row, None) for row in rows.values())
    return [item for item in items if include_inactive or item.active]


def labels(session: Session, kind: str, translate: Translate | None = None) -> dict[str, str]:
    """Code → label for every entry, inactive ones included (old records still name them)."""
    return {item.code: item.display(translate) for item in catalogue(session, kind, include_inactive=True)}


def slug(label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:30] or "eintrag"


def _check_label(label: str, others: Iterable[CatalogueItem], translate: Translate | None) -> str:
    # Control characters would travel into every report and break the XLSX writer.
    visible = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in label)
    cleaned = " ".join(visible.split())
    if not cleaned:
        raise InputRejected(Message.of(CONTEXT, EMPTY_LABEL), "label")
    taken = {item.display(translate).casefold() for item in others}
    if cleaned.casefold() in taken:
        raise InputRejected(Message.of(CONTEXT, LABEL_TAKEN, label=cleaned), "label")
    return cleaned[:MAX_LABEL]


def save_item(vault: Vault, kind: str, label: str, *, code: str | None = None, active: bool = True,
              legal_domains: Iterable[str] = (), translate: Translate | None = None) -> str:
    """Adds an entry (code None) or changes one (a default gets its override row); returns the code."""
    if kind not in KINDS:
        raise ValueError(f"unknown catalogue kind {kind!r}")
    with vault.transaction() as session:
        existing = catalogue(session, kind, include_inactive=True)
        others = [item for item in existing if item.code != code]
        cleaned = _check_label(label, others, translate)
        if code is None:
            base, taken = slug(cleaned), {item.code for item in existing}
            code = base
            suffix = 2
            while code in taken:
                code, suffix = f"{base}-{suffix}", suffix + 1
        row = session.get(CatalogueEntry, entry_id(kind, code))
        current = next((item for item in existing if item.code == code), None)
        if row is None:
            row = CatalogueEntry(id=entry_id(kind, code), kind=kind, code=code,
                                 position=len(existing) if current is None else 0)
            session.add(row)
        shipped = current is not None and current.default and not current.custom
        # An unchanged default label stays the source text, so it keeps being translated.
        row.label = current.label if shipped and current is not None and cleaned == current.display(
            translate) else cleaned
        row.active = active
        row.legal_domains = join_codes(list(legal_domains))
        row.deleted = False
        session.flush()
        audit.record(session, "catalogue.saved", record_type="catalogue_entry", record_id=row.id)
    return code
