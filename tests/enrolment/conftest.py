import pytest


@pytest.fixture
def other_trainer(make_user):
    return make_user("trainer2", roles=("Teacher", "Trainer"))


@pytest.fixture
def cohort(trainer):
    from cohorts.services import cohort_create

    return cohort_create(name="Riverside 2027", trainer=trainer)


@pytest.fixture
def other_cohort(other_trainer):
    from cohorts.services import cohort_create

    return cohort_create(name="Lakeview", trainer=other_trainer)


def csv_bytes(*lines: str, header: str = "name,email,phone,school,region,cohort,language", bom: bool = False) -> bytes:
    text = "\n".join([header, *lines]) + "\n"
    return (("\ufeff" if bom else "") + text).encode()
