import pytest


@pytest.mark.django_db
def test_framework_page_shows_the_3x6_matrix_with_attribution(client, framework_v3):
    response = client.get("/framework/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('data-competency="') == 18
    for code in ("KA.1", "KD.3", "KC.6"):
        assert f'data-competency="{code}"' in html
    assert "UNESCO" in html and "CC BY-SA 3.0 IGO" in html


@pytest.mark.django_db
def test_competency_page_links_back_and_attributes(client, framework_v3):
    response = client.get("/framework/ictcft-v3/KA.3/")
    assert response.status_code == 200
    assert "Pedagogy" in response.content.decode()
    assert "CC BY-SA 3.0 IGO" in response.content.decode()
    assert client.get("/framework/ictcft-v3/XX.9/").status_code == 404


def test_level_page_lists_its_competencies(client, framework_v3):
    url = "/framework/ictcft-v3/level/KA/"
    page = client.get(url).content.decode()
    for n in range(1, 7):
        assert f"/framework/ictcft-v3/KA.{n}/" in page
    assert "Knowledge Acquisition" in page
    assert f'href="{url}"' in client.get("/framework/").content.decode(), "the matrix links each level"
    assert client.get("/framework/ictcft-v3/level/ZZ/").status_code == 404
