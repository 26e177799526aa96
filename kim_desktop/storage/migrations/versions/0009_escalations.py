"""Escalations: the author's form, its history and case links, the Geschäftsstelle's reviews,
steering-group meetings and their agenda.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
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
    op.create_table('escalation',
    sa.Column('owner_device_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('legal_domains', sa.Text(), nullable=False),
    sa.Column('agencies', sa.Text(), nullable=False),
    sa.Column('municipalities', sa.Text(), nullable=False),
    sa.Column('case_count', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.Date(), nullable=True),
    sa.Column('urgency', sa.String(length=20), nullable=False),
    sa.Column('proposed_measure', sa.Text(), nullable=True),
    sa.Column('attachments', sa.Text(), nullable=True),
    sa.Column('author_status', sa.String(length=20), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation'))
    )
    op.create_index('ix_escalation_owner_device_id', 'escalation', ['owner_device_id'])

    op.create_table('escalation_case_link',
    sa.Column('escalation_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    *_synced_columns(),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalation.id'],
                            name=op.f('fk_escalation_case_link_escalation_id_escalation')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                            name=op.f('fk_escalation_case_link_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_case_link'))
    )
    op.create_index('ix_escalation_case_link_escalation_id', 'escalation_case_link', ['escalation_id'])
    op.create_index('ix_escalation_case_link_case_id', 'escalation_case_link', ['case_id'])

    op.create_table('escalation_step',
    sa.Column('escalation_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_step'))
    )
    op.create_index('ix_escalation_step_escalation_id', 'escalation_step', ['escalation_id'])

    op.create_table('escalation_review',
    sa.Column('escalation_id', sa.Uuid(), nullable=False),
    sa.Column('author_device_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('coordinator_name', sa.String(length=200), nullable=False),
    sa.Column('merged_into', sa.Uuid(), nullable=True),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_review'))
    )
    op.create_index('ix_escalation_review_escalation_id', 'escalation_review', ['escalation_id'])
    op.create_index('ix_escalation_review_author_device_id', 'escalation_review', ['author_device_id'])

    op.create_table('steering_meeting',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steering_meeting'))
    )

    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('escalation_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=True),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    op.create_index('ix_agenda_item_meeting_id', 'agenda_item', ['meeting_id'])


def downgrade() -> None:
    op.drop_index('ix_agenda_item_meeting_id', table_name='agenda_item')
    op.drop_table('agenda_item')
    op.drop_table('steering_meeting')
    op.drop_index('ix_escalation_review_author_device_id', table_name='escalation_review')
    op.drop_index('ix_escalation_review_escalation_id', table_name='escalation_review')
    op.drop_table('escalation_review')
    op.drop_index('ix_escalation_step_escalation_id', table_name='escalation_step')
    op.drop_table('escalation_step')
    op.drop_index('ix_escalation_case_link_case_id', table_name='escalation_case_link')
    op.drop_index('ix_escalation_case_link_escalation_id', table_name='escalation_case_link')
    op.drop_table('escalation_case_link')
    op.drop_index('ix_escalation_owner_device_id', table_name='escalation')
    op.drop_table('escalation')
