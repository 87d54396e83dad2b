from .cohorts import (
    CohortError,
    cohort_create,
    cohort_join,
    cohort_join_code_renew,
    cohort_member_remove,
    cohort_members_add,
    cohort_members_import_csv,
    cohort_update,
    csv_identifiers,
)

__all__ = [
    "CohortError",
    "cohort_create",
    "cohort_join",
    "cohort_join_code_renew",
    "cohort_member_remove",
    "cohort_members_add",
    "cohort_members_import_csv",
    "cohort_update",
    "csv_identifiers",
]
