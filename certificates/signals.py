"""Events of certificates that apps above may hear (notifications: "you were endorsed"), without certificates
knowing them (ADR 0205).

endorsement_issued: sent once per new endorsement, after its transaction commits; kwargs `endorsement`
    (certificates.Endorsement; `.certificate.user` is the holder, `.endorser` the author).
endorsement_revoked: sent once when an endorsement is withdrawn, after commit; kwargs `endorsement`.
"""

from django.dispatch import Signal

endorsement_issued = Signal()
endorsement_revoked = Signal()
