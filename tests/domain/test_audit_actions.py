"""Every action a record's audit trail can show (case "Protokoll", Art. 15 PDF) has German words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kim_desktop.domain import audit_actions

SERVICES = Path(__file__).resolve().parents[2] / "kim_desktop" / "services"
# Services whose actions are about records that belong to a client's file.
RECORD_SERVICES = ("cases.py", "clients.py", "consultations.py", "schedules.py")
CODE = re.compile(r"""(?:audit\.record|_audit)\(\s*session,\s*"([a-z_.-]+)\"""")


def codes_in(name: str) -> set[str]:
    return set(CODE.findall((SERVICES / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize("service", RECORD_SERVICES)
def test_every_action_code_of_a_record_service_has_a_label(service: str) -> None:
    codes = codes_in(service)
    assert codes, f"no action codes found in {service}: the pattern no longer matches the code"
    missing = sorted(code for code in codes if audit_actions.action_label(code) == code)
    assert not missing, f"{service}: no German label for {missing}"


def test_schedule_records_have_type_labels() -> None:
    for record_type in ("appointment", "schedule_pattern", "schedule_exception"):
        assert audit_actions.record_type_label(record_type) != record_type
