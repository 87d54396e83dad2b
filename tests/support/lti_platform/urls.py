from django.urls import path

from . import views

urlpatterns = [
    path("launch", views.launch),
    path("authorize", views.authorize),
    path("jwks", views.jwks),
    path("token", views.token),
    path("deep_link_return", views.deep_link_return),
    path("lineitems/<str:item>/scores", views.scores),
    path("memberships", views.memberships),
    path("_state", views.state),
    path("_roster", views.roster_set),
    path(".well-known/openid-configuration", views.openid_configuration),
    path("register", views.register),
]
