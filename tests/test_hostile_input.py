"""Addresses no page can have: NUL and control characters in the path, query or cookies never reach the database.

PostgreSQL refuses NUL in any text (a 500 before config/request_guard.py); run on both databases (CI's second leg
sets DATABASE_URL=postgres://...).
"""

import pytest

NUL_PATHS = [
    "/verify/AB%00CD/",
    "/verify/%00/",
    "/verify/ABCD%01/",
    "/verify/ABCD%7F/",
    "/verify/AB%0ACD/",
    "/credentials/%00.json",
    "/certificates/%00.pdf",
    "/framework/%00/",
    "/framework/ictcft-v3/%00/",
    "/framework/ictcft-v3/level/%00/",
    "/cohorts/join/%00/",
    "/assessments/%00/",
    "/learn/lessons/1/reflections/%00/",
    "/%00/",
    "/about%00/",
    "/static/%00.css",
]


@pytest.mark.parametrize("path", NUL_PATHS)
def test_a_control_character_in_the_path_is_not_found(client, framework_v3, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/verify/?code=%00",
        "/verify/?code=AB%00CD",
        "/?q=%00",
        "/search/?q=a%00",
        "/framework/ictcft-v3/?%00=1",
    ],
)
def test_nul_in_the_query_is_a_bad_request_with_a_reason(client, framework_v3, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "The address contains a NUL character, which no page of this site accepts." in response.content.decode()


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("/api/v1/certificates/%00", "path"),
        ("/api/v1/certificates/AB%00/", "path"),
        ("/api/v1/frameworks/%01", "path"),
        ("/api/v1/reports/overview?by=%00", "query"),
        ("/api/v1/frameworks/ictcft-v3?x=%00", "query"),
    ],
)
def test_the_api_answers_422_in_json_as_for_any_parameter_it_cannot_accept(client, db, path, where):
    response = client.get(path)
    assert response.status_code == 422 and response["Content-Type"] == "application/json"
    problem = response.json()["detail"][0]
    assert problem["loc"] == [where] and "control character" in problem["msg"]


def test_the_refusal_is_in_the_visitors_language(client, db):
    response = client.get("/verify/?code=%00", headers={"accept-language": "fr"})
    assert response.status_code == 400 and 'lang="fr"' in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/verify/%FF/",  # not UTF-8
        "/verify/%ED%A0%80/",  # a lone surrogate, encoded
        "/verify/%C0%80/",  # an overlong NUL
        "/credentials/%ED%B0%80.json",
        "/framework/%FF/",
        "/framework/ictcft-v3/%ED%A0%80/",
        "/api/v1/certificates/%C0%80",
        "/%ED%A0%80/",
        "/verify/?code=%ED%A0%80",
        "/verify/?code=%FF",
        "/api/v1/reports/overview?by=%ED%A0%80",
    ],
)
def test_broken_percent_encoding_is_never_a_server_error(client, framework_v3, path):
    assert client.get(path).status_code in (200, 301, 302, 400, 401, 404, 422)


def test_a_cookie_holding_nul_is_ignored(client, db):
    # Django decodes the quoted "\000" escape of a cookie value into a NUL character.
    client.cookies.load({})
    response = client.get("/verify/", headers={"cookie": 'sessionid="abcdefgh\\000ijkl"; csrftoken="\\000"'})
    assert response.status_code == 200
