"""The offline verification page (/verify/offline/) and its own service worker, scoped to that page (ADR 0080).

The page carries everything a check needs — the issuer's public keys and every revocation list, signed, with the
time they were made — so once a phone has opened it, it verifies QR payloads with no connection. The site-wide
/sw.js (lessons) is another worker; this one only ever controls /verify/offline/.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .credentials import status_list_encode
from .keys import keys_all
from .models import STATUS_LIST_SIZE
from .payload import b64url_encode, key_id
from .selectors import status_list_count, status_list_revoked_indices
from .services.documents import status_list_url
from .services.offline import status_list_payload_make

# Bump when the page's assets change in a way an old cached copy could not handle.
SW_VERSION = "1"
OFFLINE_SCRIPT = "certificates/js/verify-offline.js"


def _strings() -> dict:
    """What the script writes, translated on the server so the page needs no catalogue of its own."""
    return {
        "VALID": _("VALID"),
        "REVOKED": _("REVOKED"),
        "EXPIRED": _("EXPIRED"),
        "FORGED": _("FORGED"),
        "UNREADABLE": _("CANNOT READ"),
        "UNKNOWN": _("SIGNATURE VALID, STATUS UNKNOWN"),
        "valid": _("Signed by this issuer, not revoked as of %(date)s, and in force."),
        "revoked": _("Signed by this issuer, but revoked or replaced as of %(date)s."),
        "expired": _("Signed by this issuer, but it expired on %(date)s."),
        "forged": _("This payload was not signed by this issuer, or was changed after signing."),
        "unreadable": _("This is not a certificate payload, or it is incomplete. Copy the whole link."),
        "unknown": _("No revocation list is saved on this device for this certificate. Go online once."),
        "holder": _("Holder"),
        "level": _("Level"),
        "code": _("Code"),
        "issued": _("Issued"),
        "expires": _("Valid until"),
        "never": _("Does not expire"),
        "language": _("Certificate language"),
        "earned": _("How it was earned"),
        "earnedAssessments": _("Assessments"),
        "earnedManual": _("Issued by hand, approved by a certification officer"),
        "listDate": _("Revocation list of %(date)s"),
        "ready": _("Ready for offline use: keys and revocation lists are saved on this device."),
        "notReady": _("This browser cannot keep the page for offline use; keep this tab open."),
        "noCamera": _("This browser cannot read QR codes from the camera or a picture; paste the link instead."),
        "noQr": _("No QR code was found in the picture."),
        "noCrypto": _("This browser cannot check Ed25519 signatures."),
    }


def offline_data() -> dict:
    """Public keys (raw, base64url, with their 8-byte key id) and every revocation list as a signed payload."""
    keys = []
    for key in keys_all():
        raw = key.ed25519_public.public_bytes_raw()
        keys.append({"kid": key_id(key.ed25519_public).hex(), "raw": b64url_encode(raw), "keyId": key.key_id})
    lists = []
    for list_id in range(1, status_list_count() + 1):
        encoded = status_list_encode(revoked_indices=status_list_revoked_indices(list_id=list_id))
        lists.append(
            {
                "id": list_id,
                "url": status_list_url(list_id),
                "payload": status_list_payload_make(list_id=list_id, encoded=encoded),
            }
        )
    return {"keys": keys, "lists": lists, "listSize": STATUS_LIST_SIZE, "site": settings.SITE_URL}


@require_safe
@cache_control(no_cache=True)
def verify_offline(request):
    context = {"offline": offline_data(), "strings": _strings(), "sw_url": reverse("certificates:verify_offline_sw")}
    return render(request, "certificates/verify_offline.html", context)


@require_safe
@cache_control(no_cache=True)
def verify_offline_sw(request):
    """The worker's script. Served from the page's own path so its scope can be that path and nothing wider."""
    body = render_to_string(
        "certificates/verify_offline_sw.js",
        {
            "version": SW_VERSION,
            "page": reverse("certificates:verify_offline"),
            "assets": [static(OFFLINE_SCRIPT), static("css/site.css")],
        },
    )
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = reverse("certificates:verify_offline")
    return response
