import pytest


@pytest.mark.django_db
def test_framework_list(client, framework_v3):
    response = client.get("/api/v1/frameworks/")
    assert response.status_code == 200
    [entry] = response.json()
    assert entry["slug"] == "ictcft-v3"
    assert entry["is_current"] is True
    assert entry["licence"] == "CC BY-SA 3.0 IGO"


@pytest.mark.django_db
def test_framework_detail_has_the_matrix(client, framework_v3):
    response = client.get("/api/v1/frameworks/ictcft-v3")
    assert response.status_code == 200
    body = response.json()
    assert [lv["code"] for lv in body["levels"]] == ["KA", "KD", "KC"]
    assert [a["code"] for a in body["aspects"]] == ["1", "2", "3", "4", "5", "6"]
    assert len(body["competencies"]) == 18
    ka3 = next(c for c in body["competencies"] if c["code"] == "KA.3")
    assert (ka3["level"], ka3["aspect"]) == ("KA", "3")
    assert "KA.3.b" in [o["code"] for o in ka3["objectives"]]


@pytest.mark.django_db
def test_detail_queries_do_not_grow_with_the_framework(client, framework_v3, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        assert client.get("/api/v1/frameworks/ictcft-v3").status_code == 200


@pytest.mark.django_db
def test_unknown_slug_is_404_with_a_reason(client, framework_v3):
    response = client.get("/api/v1/frameworks/nope")
    assert response.status_code == 404
    assert "nope" in response.json()["detail"]


@pytest.mark.django_db
def test_unknown_slug_reason_is_translated(client, framework_v3, monkeypatch):
    monkeypatch.setattr("competency.api._", lambda text: f"[fr] {text}")
    assert client.get("/api/v1/frameworks/nope").json()["detail"] == "[fr] No framework with slug “nope”."


@pytest.mark.django_db
def test_openapi_document_lists_the_framework_paths(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/frameworks/" in paths
    assert "/api/v1/frameworks/{slug}" in paths


@pytest.mark.django_db
def test_api_docs_page(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert b"openapi.json" in response.content
