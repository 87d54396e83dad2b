"""The one django-ninja API; each app contributes a router."""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from certificates.api import router as certificates_router
from cohorts.api import router as reports_router
from competency.api import router as competency_router

api = NinjaAPI(
    title="ICT-CFT Teacher Training API",
    version="1.0.0",
    description=str(_("Read-only access to competency frameworks and certificate verification.")),
    urls_namespace="api",
)
api.add_router("/frameworks", competency_router)
api.add_router("/certificates", certificates_router)
api.add_router("/reports", reports_router)
