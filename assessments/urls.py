from django.urls import path

from .views import files, index, offline, teacher, trainer

app_name = "assessments"

urlpatterns = [
    path("", index.assessment_index, name="index"),
    path("review/", trainer.review_queue, name="review_queue"),
    path("review/<int:answer>/", trainer.review_answer, name="review_answer"),
    path("statistics/", trainer.statistics_index, name="statistics_index"),
    path("statistics/<slug:slug>/", trainer.item_statistics, name="item_statistics"),
    path("import/", trainer.import_questions, name="import"),
    path("answer/<int:answer>/file/", files.answer_file_download, name="answer_file"),
    path("attempt/<uuid:attempt>/", teacher.attempt_home, name="attempt"),
    path("attempt/<uuid:attempt>/q/<int:number>/", teacher.attempt_question, name="question"),
    path("attempt/<uuid:attempt>/save/", teacher.attempt_autosave, name="autosave"),
    path("attempt/<uuid:attempt>/submit/", teacher.attempt_submit, name="submit"),
    path("attempt/<uuid:attempt>/offline/", offline.offline_attempt, name="offline_attempt"),
    path("attempt/<uuid:attempt>/offline/submit/", offline.offline_submit, name="offline_submit"),
    path("<slug:slug>/", teacher.assessment_detail, name="detail"),
    path("<slug:slug>/offline/", offline.offline_start, name="offline_start"),
    path("<slug:slug>/start/", teacher.attempt_start, name="start"),
]
