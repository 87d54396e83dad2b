# ruff: noqa: E501  (the table reads best one row a line)
"""Every URL pattern × every role: the status a GET gets, from one literal table.

A pattern with no row fails `test_every_url_pattern_has_a_row`, naming it: a new view cannot ship without someone
deciding who may open it. The Wagtail admin, the Django admin and django-ninja's routes are families (one
representative row each): their own permission machinery guards them, and the API has its own tests
(tests/test_api_schema.py). Objects in paths are real (built once for the module), owned by `teacher`; the other
roles are strangers to them unless their role grants access.

Statuses: 200 shown, 302 redirect (to the login page for anonymous visitors), 401/403 refused, 404 hidden (another
person's object answers "not found", so its existence does not leak), 405 the view takes POST only.
"""

import io
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver

ROLES = ("anonymous", "teacher", "trainer", "reviewer", "administrator", "officer")

# Families guarded as a whole (route prefixes): their patterns need no row of their own, the family has one.
FAMILIES = ("admin/", "django-admin/", "api/v1/")

# route (as the resolver spells it) → (URL with real objects, then the status per role in ROLES order).
# Objects: {attempt}, {answer}, {code}, ... are ids from `world` below.
A = "anonymous"
# fmt: off
MATRIX: dict[str, tuple] = {
    # route                                               (URL                                            anon tea  tra  rev  adm  off)
    # Families: one representative each
    "admin/":                                             ("/admin/",                                     302, 302, 200, 200, 200, 200),
    "django-admin/":                                      ("/django-admin/",                              302, 302, 302, 302, 200, 302),
    "api/v1/":                                            ("/api/v1/reports/cohorts",                     401, 403, 200, 403, 200, 403),
    # Every other pattern
    "verify/":                                            ("/verify/",                                    200, 200, 200, 200, 200, 200),
    "verify/offline/":                                    ("/verify/offline/",                            200, 200, 200, 200, 200, 200),
    "verify/offline/sw.js":                               ("/verify/offline/sw.js",                       200, 200, 200, 200, 200, 200),
    "verify/<str:code>/":                                 ("/verify/{code}/",                             200, 200, 200, 200, 200, 200),
    "certificates/<str:code>.pdf":                        ("/certificates/{code}.pdf",                    200, 200, 200, 200, 200, 200),
    "credentials/status/<int:list_id>.json":              ("/credentials/status/{list_id}.json",          200, 200, 200, 200, 200, 200),
    "credentials/<str:code>.json":                        ("/credentials/{code}.json",                    200, 200, 200, 200, 200, 200),
    # Endorsements (ADR 0205): only someone eligible (here the trainer of the holder's cohort) opens the endorse page
    "certificates/<str:code>/endorse/":                   ("/certificates/{code}/endorse/",               302, 403, 200, 403, 403, 403),
    "credentials/endorsements/<str:public_id>.json":      ("/credentials/endorsements/{endorsement}.json", 200, 200, 200, 200, 200, 200),
    "me/certificates/":                                   ("/me/certificates/",                           302, 200, 200, 200, 200, 200),
    "me/certificates/endorsements/<str:public_id>/remove/": ("/me/certificates/endorsements/{endorsement}/remove/", 405, 405, 405, 405, 405, 405),
    "documents/^(\\d+)/(.*)$":                            ("/documents/{document}/{document_file}",       200, 200, 200, 200, 200, 200),
    "documents/authenticate_with_password/<int:restriction_id>/": ("/documents/authenticate_with_password/{document_restriction}/", 200, 200, 200, 200, 200, 200),
    "accounts/login/":                                    ("/accounts/login/",                            200, 302, 302, 302, 302, 302),
    "accounts/logout/":                                   ("/accounts/logout/",                           302, 200, 200, 200, 200, 200),
    "accounts/inactive/":                                 ("/accounts/inactive/",                         200, 200, 200, 200, 200, 200),
    "accounts/signup/":                                   ("/accounts/signup/",                           200, 302, 302, 302, 302, 302),
    "accounts/reauthenticate/":                           ("/accounts/reauthenticate/",                   302, 200, 200, 200, 200, 200),
    "accounts/email/":                                    ("/accounts/email/",                            302, 200, 200, 200, 200, 200),
    "accounts/confirm-email/":                            ("/accounts/confirm-email/",                    200, 200, 200, 200, 200, 200),
    "accounts/password/change/":                          ("/accounts/password/change/",                  302, 200, 200, 200, 200, 200),
    "accounts/password/set/":                             ("/accounts/password/set/",                     302, 302, 302, 302, 302, 302),
    "accounts/password/reset/":                           ("/accounts/password/reset/",                   200, 200, 200, 200, 200, 200),
    "accounts/login/code/confirm/":                       ("/accounts/login/code/confirm/",               302, 302, 302, 302, 302, 302),
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$":        ("/accounts/confirm-email/not-a-key/",          200, 200, 200, 200, 200, 200),
    "accounts/password/reset/key/done/":                  ("/accounts/password/reset/key/done/",          200, 200, 200, 200, 200, 200),
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": ("/accounts/password/reset/key/1-not-a-key/",   200, 200, 200, 200, 200, 200),
    "accounts/password/reset/done/":                      ("/accounts/password/reset/done/",              200, 200, 200, 200, 200, 200),
    # Single sign-on (ADR 0154): allauth's social-account pages; provider URLs answer 404 for a provider not configured
    "accounts/3rdparty/":                                 ("/accounts/3rdparty/",                         302, 200, 200, 200, 200, 200),
    "accounts/3rdparty/login/cancelled/":                 ("/accounts/3rdparty/login/cancelled/",         200, 200, 200, 200, 200, 200),
    "accounts/3rdparty/login/error/":                     ("/accounts/3rdparty/login/error/", 401, 401, 401, 401, 401, 401),
    "accounts/3rdparty/signup/":                          ("/accounts/3rdparty/signup/",                  302, 302, 302, 302, 302, 302),
    "accounts/social/connections/":                       ("/accounts/social/connections/", 301, 301, 301, 301, 301, 301),
    "accounts/social/login/cancelled/":                   ("/accounts/social/login/cancelled/", 301, 301, 301, 301, 301, 301),
    "accounts/social/login/error/":                       ("/accounts/social/login/error/", 301, 301, 301, 301, 301, 301),
    "accounts/social/signup/":                            ("/accounts/social/signup/", 301, 301, 301, 301, 301, 301),
    "accounts/oidc/^(?P<provider_id>[^/]+)/login/":       ("/accounts/oidc/none/login/",                  404, 404, 404, 404, 404, 404),
    "accounts/oidc/^(?P<provider_id>[^/]+)/login/callback/": ("/accounts/oidc/none/login/callback/",      404, 404, 404, 404, 404, 404),
    "accounts/^saml/(?P<organization_slug>[^/]+)/acs/":   ("/accounts/saml/none/acs/", 302, 302, 302, 302, 302, 302),
    "accounts/^saml/(?P<organization_slug>[^/]+)/acs/finish/": ("/accounts/saml/none/acs/finish/",        404, 404, 404, 404, 404, 404),
    "accounts/^saml/(?P<organization_slug>[^/]+)/sls/":   ("/accounts/saml/none/sls/",                    404, 404, 404, 404, 404, 404),
    "accounts/^saml/(?P<organization_slug>[^/]+)/metadata/": ("/accounts/saml/none/metadata/",            404, 404, 404, 404, 404, 404),
    "accounts/^saml/(?P<organization_slug>[^/]+)/login/": ("/accounts/saml/none/login/",                  404, 404, 404, 404, 404, 404),
    "me/profile/":                                        ("/me/profile/",                                302, 200, 200, 200, 200, 200),
    "me/language/":                                       ("/me/language/",                               405, 405, 405, 405, 405, 405),
    "me/data-saver/":                                     ("/me/data-saver/",                             405, 405, 405, 405, 405, 405),
    # Privacy (ADR 0151): the notice is public; a person's data and its download are theirs alone
    "privacy/":                                           ("/privacy/",                                   200, 200, 200, 200, 200, 200),
    "me/privacy/":                                        ("/me/privacy/",                                302, 200, 200, 200, 200, 200),
    "me/privacy/export/":                                 ("/me/privacy/export/",                         405, 405, 405, 405, 405, 405),
    "me/privacy/export/<uuid:export>/":                   ("/me/privacy/export/{data_export}/",           302, 200, 404, 404, 404, 404),
    "me/privacy/erase/":                                  ("/me/privacy/erase/",                          302, 200, 200, 200, 200, 200),
    "framework/":                                         ("/framework/",                                 200, 200, 200, 200, 200, 200),
    "framework/<slug:slug>/":                             ("/framework/ictcft-v3/",                       200, 200, 200, 200, 200, 200),
    "framework/<slug:slug>/level/<str:code>/":            ("/framework/ictcft-v3/level/KA/",              200, 200, 200, 200, 200, 200),
    "framework/<slug:slug>/<str:code>/":                  ("/framework/ictcft-v3/KA.1/",                  200, 200, 200, 200, 200, 200),
    "me/competencies/":                                   ("/me/competencies/",                           302, 200, 200, 200, 200, 200),
    "learn/my/":                                          ("/learn/my/",                                  302, 200, 200, 200, 200, 200),
    "learn/modules/<int:page_id>/start/":                 ("/learn/modules/{module}/start/",              302, 405, 405, 405, 405, 405),
    "learn/lessons/<int:page_id>/complete/":              ("/learn/lessons/{lesson}/complete/",           302, 405, 405, 405, 405, 405),
    "learn/lessons/<int:page_id>/reflections/<str:block_id>/": ("/learn/lessons/{lesson}/reflections/{block}/", 302, 405, 405, 405, 405, 405),
    "learn/modules/<int:page_id>/offline.json":           ("/learn/modules/{module}/offline.json",        200, 200, 200, 200, 200, 200),
    "learn/sync/":                                        ("/learn/sync/",                                405, 405, 405, 405, 405, 405),
    "assessments/":                                       ("/assessments/",                               302, 200, 200, 200, 200, 200),
    "assessments/review/":                                ("/assessments/review/",                        302, 403, 200, 403, 200, 403),
    "assessments/review/<int:answer>/":                   ("/assessments/review/{answer}/",               302, 403, 200, 403, 200, 403),
    "assessments/statistics/":                            ("/assessments/statistics/",                    302, 403, 200, 403, 200, 403),
    "assessments/statistics/<slug:slug>/":                ("/assessments/statistics/{slug}/",             302, 403, 200, 403, 200, 403),
    "assessments/import/":                                ("/assessments/import/",                        302, 403, 200, 403, 200, 403),
    "assessments/answer/<int:answer>/file/":              ("/assessments/answer/{answer}/file/",          302, 200, 200, 404, 200, 404),
    "assessments/attempt/<uuid:attempt>/":                ("/assessments/attempt/{attempt}/",             302, 302, 404, 404, 404, 404),
    "assessments/attempt/<uuid:attempt>/q/<int:number>/": ("/assessments/attempt/{attempt}/q/1/",         302, 200, 404, 404, 404, 404),
    "assessments/attempt/<uuid:attempt>/save/":           ("/assessments/attempt/{attempt}/save/",        302, 405, 405, 405, 405, 405),
    "assessments/attempt/<uuid:attempt>/submit/":         ("/assessments/attempt/{attempt}/submit/",      302, 200, 404, 404, 404, 404),
    "assessments/attempt/<uuid:attempt>/offline/":        ("/assessments/attempt/{attempt}/offline/",     302, 200, 404, 404, 404, 404),
    "assessments/attempt/<uuid:attempt>/offline/submit/": ("/assessments/attempt/{attempt}/offline/submit/", 405, 405, 405, 405, 405, 405),
    "assessments/<slug:slug>/":                           ("/assessments/{slug}/",                        302, 200, 200, 200, 200, 200),
    "assessments/<slug:slug>/offline/":                   ("/assessments/{slug}/offline/",                302, 405, 405, 405, 405, 405),
    "assessments/<slug:slug>/start/":                     ("/assessments/{slug}/start/",                  302, 405, 405, 405, 405, 405),
    "cohorts/":                                           ("/cohorts/",                                   302, 403, 200, 403, 200, 403),
    "cohorts/new/":                                       ("/cohorts/new/",                               302, 403, 200, 403, 200, 403),
    "cohorts/join/":                                      ("/cohorts/join/",                              302, 200, 200, 200, 200, 200),
    "cohorts/join/<str:code>/":                           ("/cohorts/join/{join_code}/",                  302, 200, 200, 200, 200, 200),
    "cohorts/<int:pk>/":                                  ("/cohorts/{cohort}/",                          302, 403, 200, 403, 200, 403),
    "cohorts/<int:pk>/edit/":                             ("/cohorts/{cohort}/edit/",                     302, 403, 200, 403, 200, 403),
    "cohorts/<int:pk>/members/add/":                      ("/cohorts/{cohort}/members/add/",              405, 405, 405, 405, 405, 405),
    "cohorts/<int:pk>/members/import/":                   ("/cohorts/{cohort}/members/import/",           405, 405, 405, 405, 405, 405),
    "cohorts/<int:pk>/members/<int:user_id>/remove/":     ("/cohorts/{cohort}/members/{member}/remove/",  405, 405, 405, 405, 405, 405),
    "cohorts/<int:pk>/join-code/":                        ("/cohorts/{cohort}/join-code/",                405, 405, 405, 405, 405, 405),
    "cohorts/<int:pk>/reports/heatmap/":                  ("/cohorts/{cohort}/reports/heatmap/",          302, 403, 200, 403, 200, 403),
    "cohorts/<int:pk>/reports/heatmap/<str:code>/":       ("/cohorts/{cohort}/reports/heatmap/KA.1/",     302, 403, 200, 403, 200, 403),
    "cohorts/<int:pk>/reports/funnel/":                   ("/cohorts/{cohort}/reports/funnel/",           302, 403, 200, 403, 200, 403),
    "cohorts/<int:pk>/reports/teachers/":                 ("/cohorts/{cohort}/reports/teachers/",         302, 403, 200, 403, 200, 403),
    "cohorts/<int:pk>/reports/items/":                    ("/cohorts/{cohort}/reports/items/",            302, 403, 200, 403, 200, 403),
    "cohorts/<int:pk>/reports/time-to-mastery/":          ("/cohorts/{cohort}/reports/time-to-mastery/",  302, 403, 200, 403, 200, 403),
    "cohorts/overview/":                                  ("/cohorts/overview/",                          302, 403, 403, 403, 200, 403),
    "cohorts/exports/":                                   ("/cohorts/exports/",                           302, 403, 200, 403, 200, 403),
    "cohorts/exports/new/":                               ("/cohorts/exports/new/",                       405, 405, 405, 405, 405, 405),
    "cohorts/exports/<uuid:export>/":                     ("/cohorts/exports/{export}/",                  302, 403, 200, 403, 404, 403),
    "cohorts/exports/<uuid:export>/download/":            ("/cohorts/exports/{export}/download/",         302, 403, 200, 403, 404, 403),
    "enrolment/import/":                                  ("/enrolment/import/",                          302, 403, 200, 403, 200, 403),
    "enrolment/import/template.csv":                      ("/enrolment/import/template.csv",              302, 403, 200, 403, 200, 403),
    "enrolment/import/<uuid:uuid>/":                      ("/enrolment/import/{bulk_import}/",            302, 403, 200, 403, 404, 403),
    "enrolment/import/<uuid:uuid>/done/":                 ("/enrolment/import/{bulk_import}/done/",       302, 403, 302, 403, 404, 403),
    "enrolment/import/<uuid:uuid>/sheet/":                ("/enrolment/import/{bulk_import}/sheet/",      405, 405, 405, 405, 405, 405),
    "enrolment/code/":                                    ("/enrolment/code/",                            200, 200, 200, 200, 200, 200),
    "enrolment/welcome/":                                 ("/enrolment/welcome/",                         302, 302, 302, 302, 302, 302),
    "enrolment/invitations/":                             ("/enrolment/invitations/",                     302, 200, 200, 200, 200, 200),
    "enrolment/invitations/<int:pk>/<str:answer>/":       ("/enrolment/invitations/{invitation}/accept/", 405, 405, 405, 405, 405, 405),
    # Notifications (ADR 0190): each person's own; another's answers 404
    "notifications/":                                     ("/notifications/",                             302, 200, 200, 200, 200, 200),
    "notifications/read/":                                ("/notifications/read/",                        405, 405, 405, 405, 405, 405),
    "notifications/preferences/":                         ("/notifications/preferences/",                 302, 200, 200, 200, 200, 200),
    "notifications/<int:pk>/":                            ("/notifications/{notification}/",              302, 302, 404, 404, 404, 404),
    # Discussion (ADR 0191): module/lesson threads for everyone signed in; a cohort's for its members, trainers and
    # administrators (404 for anyone else); moderation for trainers and administrators; writes take POST only
    "discussion/":                                        ("/discussion/",                                302, 200, 200, 200, 200, 200),
    "discussion/page/<int:page_id>/":                     ("/discussion/page/{lesson}/",                  302, 200, 200, 200, 200, 200),
    "discussion/cohort/<int:cohort_id>/":                 ("/discussion/cohort/{cohort}/",                302, 200, 200, 404, 200, 404),
    "discussion/t/<int:pk>/":                             ("/discussion/t/{thread}/",                     302, 200, 200, 404, 200, 404),
    "discussion/t/<int:pk>/lock/":                        ("/discussion/t/{thread}/lock/",                405, 405, 405, 405, 405, 405),
    "discussion/p/<int:pk>/helpful/":                     ("/discussion/p/{post}/helpful/",               405, 405, 405, 405, 405, 405),
    "discussion/p/<int:pk>/hide/":                        ("/discussion/p/{post}/hide/",                  405, 405, 405, 405, 405, 405),
    "discussion/p/<int:pk>/report/":                      ("/discussion/p/{post}/report/",                302, 403, 200, 404, 200, 404),
    "discussion/moderation/":                             ("/discussion/moderation/",                     302, 403, 200, 403, 200, 403),
    "discussion/overview/":                               ("/discussion/overview/",                       302, 403, 403, 403, 200, 403),
    # xAPI (ADR 0177): the addresses statements name, public like the pages and definitions they point to
    "xapi/activities/pages/<uuid:key>/":                  ("/xapi/activities/pages/{lesson_key}/",        302, 302, 302, 302, 302, 302),
    "xapi/verbs/<slug:name>":                             ("/xapi/verbs/revoked",                         200, 200, 200, 200, 200, 200),
    "credentials/issuer/":                                ("/credentials/issuer/",                        200, 200, 200, 200, 200, 200),
    "credentials/issuer/keys.json":                       ("/credentials/issuer/keys.json",               200, 200, 200, 200, 200, 200),
    "credentials/issuer/keys/<str:key_id>.json":          ("/credentials/issuer/keys/{key_id}.json",      200, 200, 200, 200, 200, 200),
    ".well-known/did.json":                               ("/.well-known/did.json",                       200, 200, 200, 200, 200, 200),
    "did.json":                                           ("/did.json",                                   200, 200, 200, 200, 200, 200),
    # Portfolio of practice (ADR 0201): {artefact} is the teacher's photo shared with the cohort; the trainer trains
    # the cohort and mentors the teacher; the reviewer and the officer are strangers to both
    "portfolio/":                                         ("/portfolio/",                                 302, 200, 200, 200, 200, 200),
    "portfolio/new/":                                     ("/portfolio/new/",                             302, 200, 200, 200, 200, 200),
    "portfolio/mentoring/":                               ("/portfolio/mentoring/",                       302, 200, 200, 200, 200, 200),
    "portfolio/mentoring/<int:user_id>/":                 ("/portfolio/mentoring/{member}/",              302, 404, 200, 404, 404, 404),
    "portfolio/cohort/<int:pk>/":                         ("/portfolio/cohort/{cohort}/",                 302, 200, 200, 404, 200, 404),
    "portfolio/cohort/<int:pk>/mentors/":                 ("/portfolio/cohort/{cohort}/mentors/",         302, 403, 200, 404, 200, 404),
    "portfolio/<uuid:artefact>/":                         ("/portfolio/{artefact}/",                      302, 200, 200, 404, 200, 404),
    "portfolio/<uuid:artefact>/share/":                   ("/portfolio/{artefact}/share/",                405, 405, 405, 405, 405, 405),
    "portfolio/<uuid:artefact>/submit/":                  ("/portfolio/{artefact}/submit/",               405, 405, 405, 405, 405, 405),
    "portfolio/<uuid:artefact>/delete/":                  ("/portfolio/{artefact}/delete/",               405, 405, 405, 405, 405, 405),
    # Issue 18: a cohort member reports a cohort-shared artefact; the owner's trainers restore it or keep it hidden
    "portfolio/messages/<int:pk>/report/":                ("/portfolio/messages/1/report/",               405, 405, 405, 405, 405, 405),
    "portfolio/messages/<int:pk>/moderate/":              ("/portfolio/messages/1/moderate/",             405, 405, 405, 405, 405, 405),
    "portfolio/<uuid:artefact>/report/":                  ("/portfolio/{artefact}/report/",               405, 405, 405, 405, 405, 405),
    "portfolio/<uuid:artefact>/moderate/":                ("/portfolio/{artefact}/moderate/",             405, 405, 405, 405, 405, 405),
    "portfolio/<uuid:artefact>/messages/":                ("/portfolio/{artefact}/messages/",             405, 405, 405, 405, 405, 405),
    "portfolio/<uuid:artefact>/file/":                    ("/portfolio/{artefact}/file/",                 302, 200, 200, 404, 200, 404),
    "portfolio/<uuid:artefact>/light/":                   ("/portfolio/{artefact}/light/",                302, 200, 200, 404, 200, 404),
    # A video's poster frame (the artefact here is a photo: it has none, so nobody gets one)
    "portfolio/<uuid:artefact>/poster/":                  ("/portfolio/{artefact}/poster/",               302, 404, 404, 404, 404, 404),
    "credentials/issuer/root.pem":                        ("/credentials/issuer/root.pem",                200, 200, 200, 200, 200, 200),
    "credentials/issuer/root.cer":                        ("/credentials/issuer/root.cer",                200, 200, 200, 200, 200, 200),
    "credentials/issuer/root.crl":                        ("/credentials/issuer/root.crl",                200, 200, 200, 200, 200, 200),
    "credentials/issuer/tsa.pem":                         ("/credentials/issuer/tsa.pem",                 404, 404, 404, 404, 404, 404),
    "sw.js":                                              ("/sw.js",                                      200, 200, 200, 200, 200, 200),
    "manifest.webmanifest":                               ("/manifest.webmanifest",                       200, 200, 200, 200, 200, 200),
    "offline/":                                           ("/offline/",                                   200, 200, 200, 200, 200, 200),
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": ("/_util/authenticate_with_password/{restriction}/{secret}/", 200, 200, 200, 200, 200, 200),
    "_util/login/":                                       ("/_util/login/",                               200, 200, 200, 200, 200, 200),
    "^((?:[\\w\\-]+/)*)$":                                ("{lesson_url}",                                200, 200, 200, 200, 200, 200),
    # Certificates by hand, with four eyes (ADR 0113), and the audit log (ADR 0114): admin pages with rows of their own
    "admin/certificates/<int:pk>/revoke/":                ("/admin/certificates/{certificate}/revoke/",   302, 302, 200, 403, 200, 200),
    "admin/certificates/<int:pk>/reissue/":               ("/admin/certificates/{certificate}/reissue/",  302, 302, 200, 403, 200, 200),
    # Taking down an abusive endorsement (ADR 0208): certification officers and administrators only
    "admin/endorsements/":                                ("/admin/endorsements/",                        302, 302, 403, 403, 200, 200),
    "admin/endorsements/<str:public_id>/withdraw/":       ("/admin/endorsements/{endorsement}/withdraw/", 302, 302, 403, 403, 200, 200),
    "admin/certificate-requests/":                        ("/admin/certificate-requests/",                302, 302, 200, 403, 200, 200),
    "admin/certificate-requests/<int:pk>/approve/":       ("/admin/certificate-requests/{request}/approve/", 302, 302, 405, 405, 405, 405),
    "admin/revocation-wishes/":                           ("/admin/revocation-wishes/",                   302, 302, 302, 302, 302, 200),
    "admin/revocation-wishes/<int:pk>/ask/":              ("/admin/revocation-wishes/1/ask/",             302, 302, 405, 405, 405, 405),
    "admin/certificate-requests/<int:pk>/reject/":        ("/admin/certificate-requests/{request}/reject/", 302, 302, 405, 405, 405, 405),
    "admin/certificate-requests/<int:pk>/withdraw/":      ("/admin/certificate-requests/{request}/withdraw/", 302, 302, 405, 405, 405, 405),
    "admin/audit/":                                       ("/admin/audit/",                               302, 302, 403, 403, 200, 403),
    "admin/audit/export.csv":                             ("/admin/audit/export.csv",                     302, 302, 403, 403, 200, 403),
    # Peer review (ADR 0195-0197): a teacher's own item and reviews; the queue and overrides for trainers
    "peer-review/":                                       ("/peer-review/",                               302, 200, 200, 200, 200, 200),
    "peer-review/<int:setting>/":                         ("/peer-review/{peer_setting}/",                302, 200, 404, 404, 404, 404),
    "peer-review/<int:setting>/calibrate/":               ("/peer-review/{peer_setting}/calibrate/",      302, 405, 405, 405, 405, 405),
    "peer-review/<int:setting>/self/":                    ("/peer-review/{peer_setting}/self/",           302, 405, 405, 405, 405, 405),
    "peer-review/review/<int:review>/":                   ("/peer-review/review/{peer_review}/",          302, 200, 404, 404, 404, 404),
    # The file attached to the work under review: its assigned reviewer only (ADR 0209), whatever others' roles
    "peer-review/review/<int:review>/file/":              ("/peer-review/review/{peer_review}/file/",     302, 200, 404, 404, 404, 404),
    # Reporting a review's written feedback: the teacher who received it (others 404, checked in tests/peerreview)
    "peer-review/review/<int:review>/report/":            ("/peer-review/review/{peer_review}/report/",   405, 405, 405, 405, 405, 405),
    "peer-review/queue/":                                 ("/peer-review/queue/",                         302, 403, 200, 403, 200, 403),
    "peer-review/queue/feedback/<int:review>/":           ("/peer-review/queue/feedback/{peer_review}/",  405, 405, 405, 405, 405, 405),
    "peer-review/queue/<int:submission>/":                ("/peer-review/queue/{peer_submission}/",       302, 403, 200, 403, 200, 403),
    "peer-review/cohorts/<int:cohort>/":                  ("/peer-review/cohorts/{cohort}/",              302, 403, 200, 403, 200, 403),
    "peer-review/sync/":                                  ("/peer-review/sync/",                          405, 405, 405, 405, 405, 405),
    "peer-review/download/":                              ("/peer-review/download/",                      302, 200, 200, 200, 200, 200),
    # LTI tool (ADR 0170-0174): the platform's endpoints are public (what they accept is the signed launch); a course
    # page is its instructor's only
    "lti/login/":                                         ("/lti/login/",                                 400, 400, 400, 400, 400, 400),
    "lti/launch/":                                        ("/lti/launch/",                                405, 405, 405, 405, 405, 405),
    "lti/continue/<str:code>/":                           ("/lti/continue/not-a-code/",                   400, 400, 400, 400, 400, 400),
    "lti/jwks.json":                                      ("/lti/jwks.json",                              200, 200, 200, 200, 200, 200),
    "lti/register/":                                      ("/lti/register/",                              302, 403, 403, 403, 400, 403),
    "lti/deep-link/<str:token>/":                         ("/lti/deep-link/not-a-token/",                 404, 404, 404, 404, 404, 404),
    "lti/courses/<int:pk>/":                              ("/lti/courses/{lti_course}/",                  302, 404, 200, 404, 404, 404),
    "lti/courses/<int:pk>/roster/":                       ("/lti/courses/{lti_course}/roster/",           302, 405, 405, 405, 405, 405),
}
# fmt: on


@dataclass
class World:
    users: dict
    ids: dict


def _build_world() -> World:
    from datetime import timedelta
    from decimal import Decimal

    from django.contrib.auth.models import Group
    from django.core.files.base import ContentFile
    from django.utils import timezone
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site

    from accounts.models import User
    from assessments.models import Answer, Assessment, AssessmentItem, Attempt, Question, QuestionCompetency
    from assessments.services import attempt_start
    from certificates.keys import key_current
    from certificates.services import certificate_issue
    from cms.authoring import authoring_setup_ensure
    from cms.models import CatalogPage, HomePage, LessonPage, ModulePage
    from cohorts.models import CohortMembership, ReportExport
    from cohorts.services import cohort_create
    from competency.models import Framework
    from tests.certificates.conftest import attain
    from tests.cms.conftest import lesson_body

    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    framework = Framework.objects.get(slug="ictcft-v3")
    level = framework.levels.get(code="KA")

    def user(name, *roles, **fields):
        u = User.objects.create_user(
            username=name, password="pw-for-tests-1", email=f"{name}@example.org", legal_name=name.title(), **fields
        )
        for role in roles:
            u.groups.add(Group.objects.get(name=role))
        return u

    users = {
        "teacher": user("teacher1", "Teacher"),
        "trainer": user("trainer1", "Teacher", "Trainer"),
        "reviewer": user("reviewer1", "Teacher", "Reviewer"),
        "administrator": user("admin1", "Administrator", is_staff=True, is_superuser=True),
        "officer": user("officer1", "Teacher", "Certification officer"),
    }
    teacher = users["teacher"]

    # Content: a published module with a lesson, a password-restricted page and collection, documents.
    root = Page.get_first_root_node()
    home = HomePage(title="Home", slug="matrix-home")
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    catalog = CatalogPage(title="Modules", slug="modules")
    home.add_child(instance=catalog)
    authoring_setup_ensure(catalog=catalog)
    module = ModulePage(title="Module", slug="mod", summary="A module.", level=level)
    module.competencies = [framework.competencies.get(code="KA.1")]
    catalog.add_child(instance=module)
    module.save_revision().publish()
    lesson = LessonPage(title="Lesson", slug="lesson-1", body=lesson_body(blocks=1))
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    secret = HomePage(title="Secret", slug="secret")
    home.add_child(instance=secret)
    restriction = PageViewRestriction.objects.create(page=secret, restriction_type="password", password="secret")
    document = Document.objects.create(title="Handout", file=ContentFile(b"handout", name="handout.txt"))
    private = Collection.get_first_root_node().add_child(name="Private")
    Document.objects.create(title="Private", file=ContentFile(b"private", name="private.txt"), collection=private)
    document_restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password="secret"
    )

    # Assessment: one extended question (an answer for review), one attempt in progress of the teacher.
    question = Question.objects.create(type="extended", title="Plan", text="Write a plan.", points=Decimal("1"))
    QuestionCompetency.objects.create(question=question, competency=framework.competencies.get(code="KA.1"))
    assessment = Assessment.objects.create(slug="plan", title="Plan", level=level)
    AssessmentItem.objects.create(assessment=assessment, question=question, sort_order=0)
    attempt = attempt_start(user=teacher, assessment=assessment)
    graded = Attempt.objects.create(
        assessment=assessment,
        user=teacher,
        number=99,
        status="submitted",
        seed=1,
        snapshot=attempt.snapshot,
        started_at=timezone.now() - timedelta(minutes=30),
        closed_at=timezone.now() - timedelta(minutes=1),
    )
    answer = Answer.objects.create(
        attempt=graded,
        position=0,
        response={"text": "My plan"},
        needs_review=True,
        file=ContentFile(b"plan", name="plan.txt"),
    )

    # Certificate of the teacher for KA.
    attain(teacher, level)
    certificate = certificate_issue(user=teacher, level=level)

    # Cohort of the trainer with the teacher; an export of the trainer.
    cohort = cohort_create(name="Riverside", trainer=users["trainer"])
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    export = ReportExport.objects.create(requested_by=users["trainer"], kind="teachers", status="ready")
    from certificates.services import endorsement_issue

    endorsement = endorsement_issue(endorser=users["trainer"], certificate=certificate, comment="Matrix")
    export.file.save("teachers.csv", ContentFile(b"username\r\n"))
    # A teacher list the trainer uploaded (checked, not applied) and an invitation waiting for the reviewer.
    from enrolment.models import BulkImport, CohortInvitation

    bulk_import = BulkImport.objects.create(
        uploaded_by=users["trainer"], filename="t.csv", data=b"name,email,cohort\nA,a@example.org,Riverside\n"
    )
    invitation = CohortInvitation.objects.create(
        cohort=cohort, user=users["reviewer"], invited_by=users["trainer"], invited_as="reviewer1@example.org"
    )

    # A personal data export of the teacher, ready.
    from privacy.models import DataExport

    data_export = DataExport.objects.create(user=teacher, status="ready", expires_at=timezone.now() + timedelta(days=7))
    data_export.file.save("personal-data.zip", ContentFile(b"PK"))

    # A revocation waiting for a certification officer (asked by the administrator).
    from certificates.models import RequestKind
    from certificates.services import certificate_request_create

    waiting = certificate_request_create(
        requester=users["administrator"],
        kind=RequestKind.REVOKE,
        teacher=teacher,
        level=level,
        certificate=certificate,
        reason="Matrix",
    )

    # A photo of the teacher shared with the cohort, with its light version; the trainer mentors the teacher.
    from PIL import Image

    from portfolio.renditions import rendition_make
    from portfolio.services import artefact_create, mentor_group_create

    png = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(png, "PNG")
    artefact = artefact_create(
        owner=teacher, title="Group work", upload=ContentFile(png.getvalue(), name="group.png"), visibility="cohort"
    )
    rendition_make(artefact_id=artefact.pk)
    mentor_group_create(cohort=cohort, mentor=users["trainer"], teachers=[teacher], by=users["trainer"])
    from notifications.models import Notification

    notification = Notification.objects.create(recipient=teacher, kind="mentor.message", url="/learn/my/", params={})

    from discussion.models import Post, Thread

    thread = Thread.objects.create(
        place="cohort", cohort=cohort, title="Hello", author=teacher, last_post_at=timezone.now()
    )
    post = Post.objects.create(thread=thread, author=teacher, body="Hi", html="<p>Hi</p>")
    # Peer review: the teacher's answer put up for peer review, and a review the teacher owes another teacher.
    from peerreview.models import PeerReview, PeerReviewSetting, Submission

    peer_setting = PeerReviewSetting.objects.create(
        question=question, calibration_text="Example.", calibration_score=Decimal("0.5")
    )
    peer_submission = Submission.objects.create(
        answer=answer, setting=peer_setting, author=teacher, created_at=timezone.now()
    )
    peer_author = user("peerauthor1", "Teacher")
    peer_attempt = Attempt.objects.create(
        assessment=assessment,
        user=peer_author,
        number=1,
        status="awaiting_review",
        seed=2,
        snapshot=attempt.snapshot,
        started_at=timezone.now() - timedelta(minutes=30),
        closed_at=timezone.now() - timedelta(minutes=1),
    )
    peer_answer = Answer.objects.create(
        attempt=peer_attempt,
        position=0,
        response={"text": "Peer"},
        needs_review=True,
        file=ContentFile(b"peer plan", name="peer-plan.txt"),
    )
    other_submission = Submission.objects.create(
        answer=peer_answer, setting=peer_setting, author=peer_author, created_at=timezone.now()
    )
    peer_review = PeerReview.objects.create(
        submission=other_submission, author=peer_author, reviewer=teacher, assigned_at=timezone.now()
    )
    # A course of an LTI platform that the trainer launched from as its instructor.
    from lti.models import Context as LtiContext
    from lti.services import platform_register

    lti_platform = platform_register(
        name="LMS",
        issuer="https://lms.example",
        client_id="tool",
        auth_login_url="https://lms.example/auth",
        auth_token_url="https://lms.example/token",
        keyset_url="https://lms.example/jwks",
        deployment_ids=["1"],
    )
    lti_course = LtiContext.objects.create(platform=lti_platform, context_id="c1", title="Course")
    lti_course.instructors.add(users["trainer"])

    ids = {
        "thread": thread.pk,
        "post": post.pk,
        "notification": notification.pk,
        "attempt": attempt.uuid,
        "artefact": artefact.uuid,
        "answer": answer.pk,
        "slug": assessment.slug,
        "code": certificate.code,
        "certificate": certificate.pk,
        "request": waiting.pk,
        "list_id": certificate.status_list_id,
        "key_id": key_current().key_id,
        "module": module.pk,
        "lesson": lesson.pk,
        "block": block_id,
        "lesson_url": lesson.url,
        "lesson_key": lesson.translation_key,
        "cohort": cohort.pk,
        "join_code": cohort.join_code,
        "member": teacher.pk,
        "export": export.uuid,
        "bulk_import": bulk_import.uuid,
        "invitation": invitation.pk,
        "document": document.pk,
        "document_file": document.filename,
        "restriction": restriction.pk,
        "document_restriction": document_restriction.pk,
        "secret": secret.pk,
        "data_export": data_export.uuid,
        "peer_setting": peer_setting.pk,
        "peer_submission": peer_submission.pk,
        "peer_review": peer_review.pk,
        "lti_course": lti_course.pk,
        "endorsement": endorsement.public_id,
    }
    return World(users=users, ids=ids)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction that is rolled back at the end (each test nests in it)."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield _build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def _patterns(resolver=None, prefix: str = ""):
    """The route of every URL pattern, in resolution order."""
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            yield from _patterns(p, route)
        elif isinstance(p, URLPattern):
            yield route


def _family(route: str) -> str | None:
    return next((f for f in FAMILIES if route.startswith(f)), None)


def _static(route: str) -> bool:
    from django.conf import settings

    return any(route.startswith(u.lstrip("/")) for u in (settings.STATIC_URL, settings.MEDIA_URL) if u)


def _url(template: str, ids: dict) -> str:
    return template.format(**ids)


def _get(client, world: World, role: str, url: str):
    from django.core.cache import cache

    cache.clear()  # rate limits and cached pages start afresh for every request of the table
    client.logout()
    if role != A:
        client.force_login(world.users[role])
    return client.get(url)


# Anonymous redirects that do not lead to a login page, and where they lead.
NOT_TO_LOGIN = {
    "accounts/logout/": "/",
    # allauth's SAML assertion consumer hands a GET on to its "finish" step, which answers 404 for an unknown IdP.
    "accounts/^saml/(?P<organization_slug>[^/]+)/acs/": "/accounts/saml/none/acs/finish/",
    # An xAPI activity's address leads to the public lesson page it names (ADR 0177).
    "xapi/activities/pages/<uuid:key>/": "/modules/mod/lesson-1/",
}
LOGIN_PAGES = ("/accounts/login/", "/admin/login/", "/django-admin/login/")


def test_every_url_pattern_has_a_row():
    missing = [route for route in _patterns() if not _family(route) and not _static(route) and route not in MATRIX]
    assert not missing, "URL patterns with no row in the authorization matrix: " + ", ".join(missing)
    stale = [route for route in MATRIX if route not in FAMILIES and route not in set(_patterns())]
    assert not stale, "rows for URL patterns that no longer exist: " + ", ".join(stale)


@pytest.mark.django_db
@pytest.mark.parametrize("route", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_status(client, world, route, role):
    template, *statuses = MATRIX[route]
    expected = dict(zip(ROLES, statuses, strict=True))
    url = _url(template, world.ids)
    response = _get(client, world, role, url)
    assert response.status_code == expected[role], f"GET {url} as {role}: {response.status_code}"
    if role == A and response.status_code == 302:
        location = response["Location"]
        if route in NOT_TO_LOGIN:
            assert location == NOT_TO_LOGIN[route], f"GET {url} as anonymous redirects to {location}"
        else:
            assert location.startswith(LOGIN_PAGES), f"GET {url} as anonymous redirects to {location}, not to log in"
