"""Pages for people: verify a code or a PDF, download a certificate, list one's own certificates."""

import json

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_safe

from common.views import ratelimited

from .credentials import status_list_credential_build, status_list_encode
from .linkedin import linkedin_add_url
from .models import CertificateStatus
from .page_cache import verify_page_key, verify_page_read, verify_page_respond, verify_page_store
from .page_frame import verify_body_missing, verify_body_render, verify_context, verify_page_frame
from .page_selectors import certificate_page_lookup
from .ratelimits import lookup_limited
from .selectors import (
    certificate_lookup,
    certificates_for_user,
    endorsements_received_live,
    levels_awaiting_certificate,
    status_list_exists,
    status_list_revoked_indices,
)
from .services.documents import status_list_cache_key, status_list_url
from .services.page_content import verify_content_generation
from .uploads import MAX_UPLOAD, CappedUploadHandler, UploadTooLarge
from .verification import pdf_verify_upload

STATUS_LIST_CACHE_SECONDS = 300


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=64,
        help_text=_("As printed on the certificate, e.g. ABCD-EFGH-JKMN-PQRS-T. Case and hyphens do not matter."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


class UploadForm(forms.Form):
    pdf = forms.FileField(label=_("Certificate PDF"), help_text=_("The PDF file of the certificate, up to 5 MB."))

    def clean_pdf(self):
        upload = self.cleaned_data["pdf"]
        if upload.size > MAX_UPLOAD:  # CappedUploadHandler stops such a file first; this keeps the form honest
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


# The CSRF check reads the form data, and upload handlers must be in place before anything reads it: the check
# is made by _verify's csrf_protect, after the cap below is installed (Django's documented pattern).
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    """The form (GET), a typed code (GET ?code=), or an uploaded PDF (POST; 413 past MAX_UPLOAD, read no further)."""
    if request.method == "POST":
        request.upload_handlers.insert(0, CappedUploadHandler(request, limit=MAX_UPLOAD))
        try:
            return _verify(request)
        except UploadTooLarge as exc:
            return render(request, "413.html", {"limit": exc.limit}, status=413)
    return _verify(request)


@csrf_protect
def _verify(request):
    code_form, upload_form = CodeForm(), UploadForm()
    if request.method == "POST":
        if lookup_limited(request):
            return ratelimited(request)
        upload_form = UploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            verdict = pdf_verify_upload(data=upload_form.cleaned_data["pdf"].read())
            return render(request, "certificates/verify_upload.html", {"verdict": verdict})
    elif "code" in request.GET:
        if lookup_limited(request):
            return ratelimited(request)
        code_form = CodeForm(request.GET)
        if code_form.is_valid():
            lookup = certificate_lookup(raw=code_form.cleaned_data["code"])
            if lookup.error:
                code_form.add_error("code", lookup.error)
            else:
                return redirect("certificates:verify_code", code=lookup.code)
    status = 400 if code_form.errors or upload_form.errors else 200
    return render(
        request, "certificates/verify_form.html", {"code_form": code_form, "upload_form": upload_form}, status=status
    )


@require_safe
def verify_code(request, code: str):
    # Signed-in visitors see their own navigation, so only anonymous pages are shared through the cache.
    cacheable = settings.SESSION_COOKIE_NAME not in request.COOKIES
    language = get_language()
    seen = None
    if cacheable:
        # Counting the lookup and reading the cached page share one Redis round trip (ADR 0116).
        limited, seen = lookup_limited(request, also_get=verify_page_key(raw=code, language=language))
        if limited:
            return ratelimited(request)
        gzipped = verify_page_read(seen)
        if gzipped is not None:
            return verify_page_respond(request, HttpResponse(), gzipped)
        # The status and the content rendered ahead of visits, in one query (ADR 0210).
        page = certificate_page_lookup(raw=code, language=language, generation=verify_content_generation())
        if page.state is not None and page.code != code:
            return redirect("certificates:verify_code", code=page.code)
        state, stale_at, keyable = page.state, page.stale_at, page.code == code or page.error is not None
        segment = page.segment
        if segment is not None:
            body = page.body
        elif state is None:
            body, segment = verify_body_missing(error=page.error)
        else:  # content not rendered yet, or no longer true: rendered now, as before ADR 0210
            body = verify_body_render(verify_context(lookup=certificate_lookup(raw=code, whole=True)))
    else:
        if lookup_limited(request):
            return ratelimited(request)
        lookup = certificate_lookup(raw=code, whole=True)
        if lookup.state is not None and lookup.code != code:
            return redirect("certificates:verify_code", code=lookup.code)
        state, stale_at, keyable, segment = lookup.state, None, False, None
        body = verify_body_render(verify_context(lookup=lookup, user=request.user))
    # NOT FOUND is answered 200 like every other status: a 404 would send the request through Wagtail's redirect
    # lookup and make unknown codes measurably slower than known ones (ADR 0056).
    response, gzipped = verify_page_frame(request, body, segment=segment)
    # Not stored: an unknown code typed in another form than the canonical one (were it ever issued, only the
    # canonical form's entry would be dropped); a page that reflects a query string or sets a cookie (a CSRF token
    # on the page would then be shared by every visitor), or shows this visitor's messages.
    storable = (
        cacheable
        and (state is not None or keyable)
        and not request.META.get("QUERY_STRING")
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(getattr(request, "_messages", None), "used", False)
    )
    if not storable:
        return response
    if state is not None and state.status == CertificateStatus.VALID:
        stale_at = min(filter(None, (stale_at, state.values["expires_at"])), default=None)
    gzipped = verify_page_store(
        raw=code, language=language, html=response.content, gzipped=gzipped, seen=seen, stale_at=stale_at
    )
    return verify_page_respond(request, response, gzipped)


@require_safe
def certificate_pdf(request, code: str):
    if lookup_limited(request):
        return ratelimited(request)
    certificate = certificate_lookup(raw=code).certificate
    if certificate is None or not certificate.pdf:
        raise Http404(_("No such certificate."))
    return FileResponse(
        certificate.pdf.open("rb"), content_type="application/pdf", filename=f"certificate-{certificate.code}.pdf"
    )


@require_safe
def credential_json(request, code: str):
    if lookup_limited(request):
        return ratelimited(request)
    certificate = certificate_lookup(raw=code).certificate
    if certificate is None or not certificate.credential_json:
        return JsonResponse({"error": str(_("No such certificate."))}, status=404)
    response = HttpResponse(certificate.credential_json.encode("utf-8"), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="credential-{certificate.code}.json"'
    return response


@require_safe
def status_list(request, list_id: int):
    """The signed revocation list; cached, and dropped from the cache whenever a certificate leaves force."""
    if not status_list_exists(list_id=list_id):
        return JsonResponse({"error": str(_("No such status list."))}, status=404)
    key = status_list_cache_key(list_id)
    body = cache.get(key)
    if body is None:
        encoded = status_list_encode(revoked_indices=status_list_revoked_indices(list_id=list_id))
        credential = status_list_credential_build(list_url=status_list_url(list_id), encoded=encoded)
        body = json.dumps(credential, ensure_ascii=False, indent=2)
        cache.set(key, body, STATUS_LIST_CACHE_SECONDS)
    response = HttpResponse(body.encode("utf-8"), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=60"
    return response


@login_required
@require_safe
def my_certificates(request):
    endorsements = endorsements_received_live(user=request.user)
    rows = [
        {"certificate": c, "linkedin_url": linkedin_add_url(certificate=c), "endorsements": endorsements.get(c.pk, [])}
        for c in certificates_for_user(user=request.user)
    ]
    return render(
        request,
        "certificates/my_certificates.html",
        {"rows": rows, "preparing": levels_awaiting_certificate(user=request.user)},
    )
