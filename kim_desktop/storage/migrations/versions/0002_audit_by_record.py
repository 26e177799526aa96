"""Index the audit log by record id: a case's audit view looks entries up that way.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_record_id", "audit_log", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_record_id", table_name="audit_log")
