"""Day schedules: weekly patterns, their exceptions, appointments.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('schedule_pattern',
    sa.Column('owner_device_id', sa.String(length=36), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('municipality_ags', sa.String(length=8), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('office_hours', sa.String(length=200), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_pattern'))
    )
    op.create_index('ix_schedule_pattern_owner_device_id', 'schedule_pattern', ['owner_device_id'])

    op.create_table('schedule_exception',
    sa.Column('owner_device_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('municipality_ags', sa.String(length=8), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('office_hours', sa.String(length=200), nullable=True),
    sa.Column('substitute_device_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_exception'))
    )
    op.create_index('ix_schedule_exception_owner_device_id_on', 'schedule_exception',
                    ['owner_device_id', 'on'])

    op.create_table('appointment',
    sa.Column('owner_device_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('start', sa.String(length=5), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('interpreter_language', sa.String(length=60), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment'))
    )
    op.create_index('ix_appointment_owner_device_id_on', 'appointment', ['owner_device_id', 'on'])
    op.create_index('ix_appointment_case_id', 'appointment', ['case_id'])


def downgrade() -> None:
    op.drop_index('ix_appointment_case_id', table_name='appointment')
    op.drop_index('ix_appointment_owner_device_id_on', table_name='appointment')
    op.drop_table('appointment')
    op.drop_index('ix_schedule_exception_owner_device_id_on', table_name='schedule_exception')
    op.drop_table('schedule_exception')
    op.drop_index('ix_schedule_pattern_owner_device_id', table_name='schedule_pattern')
    op.drop_table('schedule_pattern')
