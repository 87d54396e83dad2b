"""Password hashing sized for a small server that a whole class signs in to at once."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idPasswordHasher(Argon2PasswordHasher):
    """Argon2id at OWASP's recommended minimum: 19 MiB of memory, 2 passes, 1 lane (ADR 0102).

    Django's defaults (100 MiB, 8 lanes) and its PBKDF2 (1,000,000 rounds, ~0.45 s of a core) made sign-in the
    costliest request by far: 200 teachers signing in for an exam kept both cores of our reference server busy
    for 45 s. The algorithm name stays "argon2", so hashes made with other parameters are upgraded at sign-in.
    """

    time_cost = 2
    memory_cost = 19456
    parallelism = 1
