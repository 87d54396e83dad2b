from django.urls import path

from . import views
from .data_saver import data_saver_set

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("language/", views.language_choose, name="language"),
    path("data-saver/", data_saver_set, name="data_saver"),
]
