from django.urls import path

from . import views

app_name = "xapi"

urlpatterns = [
    path("activities/pages/<uuid:key>/", views.page_activity, name="page"),
    path("verbs/<slug:name>", views.verb_definition, name="verb"),
]
