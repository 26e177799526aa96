"""Master data a vault can change: partner agencies, topics and legal domains.

The program ships defaults (domain.catalogues); a row here overrides a default with the same
code (other label, deactivated) or adds an entry. A default's row always gets the same id on
every laptop (uuid5 of kind and code), so two laptops that rename the same default agency
change one synced record instead of creating two.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.storage.schema import Base, SyncedRecord

AGENCY, TOPIC, LEGAL_DOMAIN = "agency", "topic", "legal-domain"
KINDS = (AGENCY, TOPIC, LEGAL_DOMAIN)

_NAMESPACE = uuid.UUID("6f0c7a52-3a7e-4d8e-9a51-0b6a3c1f7e21")


def entry_id(kind: str, code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{kind}:{code}")


class CatalogueEntry(SyncedRecord, Base):
    __tablename__ = "catalogue_entry"

    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    # Agencies only: the legal domains the agency stands for, as ";a;b;".
    legal_domains: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_catalogue_entry_kind_code", "kind", "code"),)
