"""What single sign-on holds about a person: the links to their accounts at identity providers, with the claims
last received (privacy.registry, ADR 0151). Erasing removes the links, so the provider's account no longer opens the
pseudonymised one."""

from allauth.socialaccount.models import SocialAccount, SocialToken


def export(*, user) -> dict[str, list[dict]]:
    return {
        "identity_provider_accounts": list(
            SocialAccount.objects.filter(user=user).values("provider", "uid", "last_login", "date_joined", "extra_data")
        )
    }


def erase(*, user) -> dict[str, int]:
    tokens = SocialToken.objects.filter(account__user=user).delete()[0]
    links = SocialAccount.objects.filter(user=user).delete()[0] - tokens
    return {"identity_provider_accounts": links}
