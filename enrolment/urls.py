from django.urls import path

from .views import imports, teachers

app_name = "enrolment"

urlpatterns = [
    path("import/", imports.import_start, name="import"),
    path("import/template.csv", imports.import_template, name="import_template"),
    path("import/<uuid:uuid>/", imports.import_preview, name="import_preview"),
    path("import/<uuid:uuid>/done/", imports.import_done, name="import_done"),
    path("import/<uuid:uuid>/sheet/", imports.import_sheet, name="import_sheet"),
    path("code/", teachers.code_sign_in, name="code"),
    path("welcome/", teachers.welcome, name="welcome"),
    path("invitations/", teachers.invitations, name="invitations"),
    path("invitations/<int:pk>/<str:answer>/", teachers.invitation_answer, name="invitation_answer"),
]
