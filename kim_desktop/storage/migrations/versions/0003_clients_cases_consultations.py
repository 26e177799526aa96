"""Clients, cases (phase changes, goals, consent) and consultations.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('client',
    sa.Column('pseudonym', sa.String(length=12), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=True),
    sa.Column('last_name', sa.String(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('gender', sa.String(length=20), nullable=True),
    sa.Column('nationality', sa.String(length=60), nullable=True),
    sa.Column('languages', sa.String(length=200), nullable=True),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('interpreter_language', sa.String(length=60), nullable=True),
    sa.Column('residence_status', sa.String(length=40), nullable=True),
    sa.Column('municipality_ags', sa.String(length=8), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('household', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client'))
    )
    op.create_index('ix_client_birth_date', 'client', ['birth_date'])
    op.create_index('ix_client_last_name', 'client', ['last_name'])
    op.create_index('ix_client_pseudonym', 'client', ['pseudonym'])

    op.create_table('case_file',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('owner_device_id', sa.String(length=36), nullable=False),
    sa.Column('municipality_ags', sa.String(length=8), nullable=False),
    sa.Column('focus', sa.String(length=30), nullable=False),
    sa.Column('phase', sa.String(length=30), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closing_reason', sa.String(length=40), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_case_file_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file'))
    )
    op.create_index('ix_case_file_client_id', 'case_file', ['client_id'])
    op.create_index('ix_case_file_closed_on', 'case_file', ['closed_on'])

    op.create_table('case_consent',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_consent_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_consent'))
    )
    op.create_index('ix_case_consent_case_id', 'case_consent', ['case_id'])

    op.create_table('case_goal',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('achieved_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_goal_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_goal'))
    )
    op.create_index('ix_case_goal_case_id', 'case_goal', ['case_id'])

    op.create_table('case_phase_change',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('phase', sa.String(length=30), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_phase_change_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_phase_change'))
    )
    op.create_index('ix_case_phase_change_case_id', 'case_phase_change', ['case_id'])

    op.create_table('consultation',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('municipality_ags', sa.String(length=8), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('contact_type', sa.String(length=20), nullable=False),
    sa.Column('interpreter_language', sa.String(length=60), nullable=True),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('legal_domains', sa.Text(), nullable=False),
    sa.Column('referrals', sa.Text(), nullable=False),
    sa.Column('referrals_without_consent', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('next_steps', sa.Text(), nullable=True),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('follow_up_done', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_consultation_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation'))
    )
    op.create_index('ix_consultation_case_id_held_on', 'consultation', ['case_id', 'held_on'])
    op.create_index('ix_consultation_follow_up_on', 'consultation', ['follow_up_on'])
    op.create_index('ix_consultation_held_on', 'consultation', ['held_on'])



def downgrade() -> None:
    op.drop_index('ix_consultation_held_on', table_name='consultation')
    op.drop_index('ix_consultation_follow_up_on', table_name='consultation')
    op.drop_index('ix_consultation_case_id_held_on', table_name='consultation')

    op.drop_table('consultation')
    op.drop_index('ix_case_phase_change_case_id', table_name='case_phase_change')

    op.drop_table('case_phase_change')
    op.drop_index('ix_case_goal_case_id', table_name='case_goal')

    op.drop_table('case_goal')
    op.drop_index('ix_case_consent_case_id', table_name='case_consent')

    op.drop_table('case_consent')
    op.drop_index('ix_case_file_closed_on', table_name='case_file')
    op.drop_index('ix_case_file_client_id', table_name='case_file')

    op.drop_table('case_file')
    op.drop_index('ix_client_pseudonym', table_name='client')
    op.drop_index('ix_client_last_name', table_name='client')
    op.drop_index('ix_client_birth_date', table_name='client')

    op.drop_table('client')
