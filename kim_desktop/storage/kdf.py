"""Password → key-encryption key with Argon2id (BSI TR-02102-1, RFC 9106).

Argon2id is memory-hard, so guessing passwords on GPUs costs far more than against
SQLCipher's PBKDF2; it runs once per unlock and its output only unwraps the random
data key that SQLCipher uses as a raw key.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kim_desktop.errors import WeakCipher

# 128 MiB, 3 passes, 4 lanes: about 0.27 s on the reference 2-core machine, twice the
# cost of SQLCipher 4's default PBKDF2 (256 000 iterations, about 0.13 s).
PRODUCTION_MEMORY_KIB = 131072
PRODUCTION_ITERATIONS = 3
PRODUCTION_LANES = 4

# Test-only: set to "1" by the test suite so that hundreds of vaults can be made quickly.
# A vault made this way is refused by a program started without the variable.
INSECURE_TEST_KDF_ENV = "KIM_DESKTOP_INSECURE_TEST_KDF"
_TEST_PARAMS = (64, 1, 1)

KEY_BYTES = 32
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 20
MAX_LANES = 16
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int
    algorithm: str = "argon2id"

    def as_dict(self) -> dict[str, object]:
        return {
            "algorithm": self.algorithm,
            "salt": self.salt.hex(),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, object]) -> KdfParams:
        """Raises ValueError for settings outside sane bounds: the key file is read before anything
        authenticates it, and a damaged one must not make Argon2 crash or run for hours."""
        params = cls(
            salt=bytes.fromhex(str(raw["salt"])),
            memory_kib=int(raw["memory_kib"]),  # type: ignore[call-overload]
            iterations=int(raw["iterations"]),  # type: ignore[call-overload]
            lanes=int(raw["lanes"]),  # type: ignore[call-overload]
            algorithm=str(raw.get("algorithm", "argon2id")),
        )
        if not (1 <= params.lanes <= MAX_LANES and 8 * params.lanes <= params.memory_kib <= MAX_MEMORY_KIB
                and 1 <= params.iterations <= MAX_ITERATIONS and SALT_BYTES <= len(params.salt) <= 64):
            raise ValueError("key derivation settings out of bounds")
        return params


def insecure_test_kdf_enabled() -> bool:
    return os.environ.get(INSECURE_TEST_KDF_ENV) == "1"


def new_params() -> KdfParams:
    memory, iterations, lanes = (
        _TEST_PARAMS if insecure_test_kdf_enabled() else (PRODUCTION_MEMORY_KIB, PRODUCTION_ITERATIONS, PRODUCTION_LANES)
    )
    return KdfParams(salt=os.urandom(SALT_BYTES), memory_kib=memory, iterations=iterations, lanes=lanes)


def ensure_strong(params: KdfParams) -> None:
    """Refuse key-derivation settings below production strength (unless in the test suite)."""
    if params.algorithm != "argon2id":
        raise WeakCipher(setting=f"KDF {params.algorithm}")
    if insecure_test_kdf_enabled():
        return
    if params.memory_kib < PRODUCTION_MEMORY_KIB or params.iterations < PRODUCTION_ITERATIONS:
        raise WeakCipher(setting=f"Argon2id m={params.memory_kib} KiB, t={params.iterations}")
    if len(params.salt) < SALT_BYTES:
        raise WeakCipher(setting="Salt zu kurz")


def derive(password: str, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # The same password typed, pasted or entered through an input method can arrive composed
    # or decomposed ("ä" vs "a" + combining diaeresis): both must give the same key.
    return kdf.derive(unicodedata.normalize("NFC", password).encode("utf-8"))
