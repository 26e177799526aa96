"""Open follow-ups get their own partial index (the notice after unlock reads only these).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_consultation_follow_up_on', table_name='consultation')
    op.create_index('ix_consultation_follow_up_open', 'consultation', ['follow_up_on', 'deleted', 'case_id'],
                    sqlite_where=sa.text('follow_up_done = 0'))


def downgrade() -> None:
    op.drop_index('ix_consultation_follow_up_open', table_name='consultation')
    op.create_index('ix_consultation_follow_up_on', 'consultation', ['follow_up_on'])
