from django.urls import path

from . import views

app_name = "competency"

urlpatterns = [
    path("", views.framework_current, name="framework_current"),
    path("<slug:slug>/", views.framework_detail, name="framework_detail"),
    path("<slug:slug>/level/<str:code>/", views.level_detail, name="level_detail"),
    path("<slug:slug>/<str:code>/", views.competency_detail, name="competency_detail"),
]
