from django.urls import path

from . import profile_views

app_name = "cms_profile"

urlpatterns = [
    path("", profile_views.my_competencies, name="competencies"),
]
