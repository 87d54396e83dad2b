from django.urls import path

from . import views

app_name = "lti"

urlpatterns = [
    path("login/", views.oidc_login, name="login"),
    path("launch/", views.launch, name="launch"),
    path("continue/<str:code>/", views.launch_continue, name="continue"),
    path("jwks.json", views.jwks, name="jwks"),
    path("register/", views.register, name="register"),
    path("deep-link/<str:token>/", views.deep_link, name="deep_link"),
    path("courses/<int:pk>/", views.course, name="course"),
    path("courses/<int:pk>/roster/", views.course_roster_sync, name="course_roster"),
]
