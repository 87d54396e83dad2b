from django.urls import path

from . import views, views_mentors

app_name = "portfolio"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("new/", views.new, name="new"),
    path("mentoring/", views_mentors.mentoring, name="mentoring"),
    path("mentoring/<int:user_id>/", views_mentors.mentee, name="mentee"),
    path("cohort/<int:pk>/", views_mentors.cohort_portfolio, name="cohort"),
    path("cohort/<int:pk>/mentors/", views_mentors.cohort_mentors, name="cohort_mentors"),
    path("messages/<int:pk>/report/", views.message_report, name="message_report"),
    path("messages/<int:pk>/moderate/", views.message_moderate, name="message_moderate"),
    path("<uuid:artefact>/", views.detail, name="detail"),
    path("<uuid:artefact>/share/", views.share, name="share"),
    path("<uuid:artefact>/submit/", views.submit, name="submit"),
    path("<uuid:artefact>/delete/", views.delete, name="delete"),
    path("<uuid:artefact>/report/", views.report, name="report"),
    path("<uuid:artefact>/moderate/", views.moderate, name="moderate"),
    path("<uuid:artefact>/messages/", views.message, name="message"),
    path("<uuid:artefact>/file/", views.file, name="file"),
    path("<uuid:artefact>/light/", views.light, name="light"),
    path("<uuid:artefact>/poster/", views.poster, name="poster"),
]
