"""The one django-ninja API; each app contributes a router."""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from certificates.api import router as certificates_router
from cohorts.api import router as reports_router
from competency.api import router as competency_router

# What django-ninja itself answers before a view runs, in every operation's published responses: a client (and
# schemathesis, tests/test_api_schema.py) can rely on the document for every status it may get.
_UNAUTHORIZED = {
    "description": "Not signed in, or the Bearer token is unknown or revoked",
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]}
        }
    },
}
_INVALID = {
    "description": "A path or query parameter is not of the documented type",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {"detail": {"type": "array", "items": {"type": "object"}}},
                "required": ["detail"],
            }
        }
    },
}


class PlatformAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for item in schema.get("paths", {}).values():
            for operation in item.values():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                responses = operation["responses"]
                if operation.get("security"):
                    responses.setdefault(401, _UNAUTHORIZED)
                if operation.get("parameters") or operation.get("requestBody"):
                    responses.setdefault(422, _INVALID)
        return schema


api = PlatformAPI(
    title="ICT-CFT Teacher Training API",
    version="1.0.0",
    description=str(_("Read-only access to competency frameworks and certificate verification.")),
    urls_namespace="api",
)
api.add_router("/frameworks", competency_router)
api.add_router("/certificates", certificates_router)
api.add_router("/reports", reports_router)
