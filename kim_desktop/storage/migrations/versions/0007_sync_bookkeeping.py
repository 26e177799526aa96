"""Sync by export files: device registry, known coordinators, sent/received packages, import
log and conflict log; and the vault's own sync keys, made here rather than on first use, so that
a backup taken before the first export restores with the same keys.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
from __future__ import annotations

import base64

import pyrage
import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_device',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('signing_key', sa.String(length=100), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('age_recipient', sa.String(length=100), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('team', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('last_package_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_sync_device'))
    )
    op.create_table('sync_recipient',
    sa.Column('age_recipient', sa.String(length=100), nullable=False),
    sa.Column('signing_key', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('age_recipient', name=op.f('pk_sync_recipient'))
    )
    op.create_table('sync_sent',
    sa.Column('stream', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('stream', 'record_id', name=op.f('pk_sync_sent')),
    sqlite_with_rowid=False
    )
    op.create_table('sync_received',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('stream', sa.String(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('manifest_hash', sa.String(length=64), nullable=False),
    sa.Column('previous_hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'epoch', 'stream', 'sequence', name=op.f('pk_sync_received')),
    sqlite_with_rowid=False
    )
    op.create_table('sync_import_log',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('stream', sa.String(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=True),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_import_log'))
    )
    op.create_index('ix_sync_import_log_package_id', 'sync_import_log', ['package_id'])
    op.create_table('sync_conflict',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('winner_device_id', sa.String(length=36), nullable=False),
    sa.Column('winner_revision', sa.Integer(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('logged_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'record_id', 'device_id', name=op.f('pk_sync_conflict'))
    )

    # The format kim_desktop.sync.keys reads (spelled out: a migration must not change with the code).
    local_state = sa.table('local_state', sa.column('key', sa.String), sa.column('value', sa.Text))
    bind = op.get_bind()
    if bind.execute(sa.select(local_state.c.key).where(local_state.c.key == 'sync.signing_key')).first() is None:
        signing = base64.b64encode(Ed25519PrivateKey.generate().private_bytes_raw()).decode('ascii')
        bind.execute(sa.insert(local_state), [
            {'key': 'sync.signing_key', 'value': signing},
            {'key': 'sync.age_identity', 'value': str(pyrage.x25519.Identity.generate())},
        ])


def downgrade() -> None:
    op.execute("DELETE FROM local_state WHERE key LIKE 'sync.%'")
    op.drop_table('sync_conflict')
    op.drop_index('ix_sync_import_log_package_id', table_name='sync_import_log')
    op.drop_table('sync_import_log')
    op.drop_table('sync_received')
    op.drop_table('sync_sent')
    op.drop_table('sync_recipient')
    op.drop_table('sync_device')
