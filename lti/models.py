"""LTI 1.3: the platforms (LMSs) registered with us, our signing key, the accounts their users open, the links they
placed to our content and the scores owed back to them (ADR 0170-0173)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Platform(models.Model):
    """One registration of our tool in an LMS: the issuer and the client_id it gave us, and its endpoints."""

    name = models.CharField(_("name"), max_length=200)
    issuer = models.CharField(_("issuer"), max_length=255)
    client_id = models.CharField(_("client ID"), max_length=255)
    auth_login_url = models.URLField(_("authentication request URL"), max_length=500)
    auth_token_url = models.URLField(_("access token URL"), max_length=500)
    keyset_url = models.URLField(_("key set URL"), max_length=500)
    # The origin framing our pages (CSP frame-ancestors); empty: taken from the authentication request URL.
    frame_origin = models.CharField(_("origin allowed to frame the tool"), max_length=255, blank=True)
    instructors_are_trainers = models.BooleanField(
        _("the course's instructors become trainers"),
        default=False,
        help_text=_("Give the Trainer role to people this platform launches as instructors (ADR 0171)."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("LTI platform")
        verbose_name_plural = _("LTI platforms")
        constraints = [models.UniqueConstraint(fields=["issuer", "client_id"], name="lti_platform_issuer_client")]

    def __str__(self) -> str:
        return self.name


class Deployment(models.Model):
    """A deployment of the tool inside a platform (a site, an account, a course); launches name it."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="deployments")
    deployment_id = models.CharField(_("deployment ID"), max_length=255)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("LTI deployment")
        constraints = [
            models.UniqueConstraint(fields=["platform", "deployment_id"], name="lti_deployment_per_platform")
        ]

    def __str__(self) -> str:
        return f"{self.platform} · {self.deployment_id}"


class ToolKey(models.Model):
    """Our RSA key pair: its public half is served at the JWKS URL; the private half signs deep-linking responses
    and service token requests. The newest active key signs; older active ones stay published while rotating."""

    kid = models.CharField(max_length=64, unique=True)
    private_pem = models.TextField()
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("LTI tool key")

    def __str__(self) -> str:
        return self.kid


class AccountLink(models.Model):
    """The platform's person (issuer + subject) and our account: a launch signs into `user`."""

    issuer = models.CharField(_("issuer"), max_length=255)
    subject = models.CharField(_("subject"), max_length=255)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_links")
    platform = models.ForeignKey(Platform, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    last_launch_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("LTI account link")
        constraints = [models.UniqueConstraint(fields=["issuer", "subject"], name="lti_link_issuer_subject")]

    def __str__(self) -> str:
        return f"{self.issuer} · {self.subject}"


class Context(models.Model):
    """A course in a platform, with its roster URL (Names and Role Provisioning) and the cohort it fills."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="contexts")
    context_id = models.CharField(max_length=255)
    title = models.CharField(max_length=255, blank=True)
    memberships_url = models.URLField(max_length=500, blank=True)
    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # Who launched from this course as its instructor: they may fill a cohort from its roster.
    instructors = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+", blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["platform", "context_id"], name="lti_context_per_platform")]

    def __str__(self) -> str:
        return self.title or self.context_id


class ResourceLink(models.Model):
    """A placement of our content in a course; the launch names it, and its line item receives the scores."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="resource_links")
    resource_link_id = models.CharField(max_length=255)
    context = models.ForeignKey(Context, on_delete=models.SET_NULL, null=True, blank=True, related_name="links")
    assessment = models.ForeignKey(
        "assessments.Assessment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lineitem_url = models.URLField(max_length=500, blank=True)
    can_score = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["platform", "resource_link_id"], name="lti_resource_link_per_platform")
        ]

    def __str__(self) -> str:
        return self.resource_link_id


class GradeTarget(models.Model):
    """This person launched this assessment from this link: their graded attempts go back to its line item."""

    link = models.ForeignKey(AccountLink, on_delete=models.CASCADE, related_name="grade_targets")
    resource_link = models.ForeignKey(ResourceLink, on_delete=models.CASCADE, related_name="grade_targets")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["link", "resource_link"], name="lti_grade_target_once")]

    def __str__(self) -> str:
        return f"{self.link_id} → {self.resource_link_id}"


class ScoreDelivery(models.Model):
    """One score owed to a platform: one row per (target, attempt), so a retried task or a second signal sends it
    once; `sent_at` is set when the platform accepted it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    target = models.ForeignKey(GradeTarget, on_delete=models.CASCADE, related_name="deliveries")
    attempt = models.ForeignKey("assessments.Attempt", on_delete=models.CASCADE, related_name="+")
    tries = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When a send last started: the sweep leaves a delivery alone while a queued task may still be sending it.
    tried_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["target", "attempt"], name="lti_score_once_per_attempt")]
        indexes = [models.Index(fields=["sent_at", "created_at"], name="lti_score_unsent")]

    def __str__(self) -> str:
        return str(self.uuid)


class RosterMember(models.Model):
    """This course's roster put this person in its cohort: a later sync removes them if they left the course.
    Members who joined the cohort another way have no row and are never removed by a sync (ADR 0174)."""

    context = models.ForeignKey(Context, on_delete=models.CASCADE, related_name="roster_members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["context", "user"], name="lti_roster_member_once")]

    def __str__(self) -> str:
        return f"{self.context_id} · {self.user_id}"
