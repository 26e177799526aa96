"""Property tests: any password wraps and unwraps the data key, and nothing else does."""

from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kim_desktop.storage.envelope import Envelope, unwrap, wrap

VAULT_ID = "5d1c2a9e-0000-4000-8000-00000000000a"
passwords = st.text(min_size=10, max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(password=passwords, other=passwords, key=st.binary(min_size=32, max_size=32))
def test_wrap_unwrap_round_trip(password: str, other: str, key: bytes) -> None:
    wrapped = wrap(key, password, VAULT_ID)
    assert unwrap(wrapped, password, VAULT_ID) == key
    assert unwrap(wrapped, unicodedata.normalize("NFD", password), VAULT_ID) == key
    if unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", password):
        assert unwrap(wrapped, other, VAULT_ID) is None
    assert unwrap(wrapped, password, VAULT_ID[:-1] + "b") is None  # bound to its vault


@settings(max_examples=30, deadline=None)
@given(password=passwords, new_password=passwords)
def test_envelope_json_round_trip_with_pending(password: str, new_password: str) -> None:
    key, new_key = os.urandom(32), os.urandom(32)
    envelope = Envelope(VAULT_ID, wrap(key, password, VAULT_ID)).with_pending(new_key, new_password, None)
    parsed = Envelope.from_json(envelope.to_json())
    assert parsed == envelope
    assert unwrap(parsed.pending_committed().current, new_password, VAULT_ID) == new_key
    assert unwrap(parsed.pending_dropped().current, password, VAULT_ID) == key
