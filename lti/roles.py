"""What the LTI app's models let each role do (ADR 0158): registering platforms is an administrator's job."""

from accounts.roles import Role

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ADMINISTRATOR: [
        "lti.add_platform",
        "lti.change_platform",
        "lti.view_platform",
        "lti.add_deployment",
        "lti.change_deployment",
        "lti.view_deployment",
    ],
}
