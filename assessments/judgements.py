"""Who judged an extended response, copied onto the evidence so a mastery decision stays explainable.

Apps above assessments (peer review, ADR 0195) register a provider in their AppConfig.ready:
`fn(*, answers: list[Answer]) -> {answer id: dict}`; its dicts are merged into the evidence's rubric entries.
"""

from collections.abc import Callable

JudgementProvider = Callable[..., dict]
_providers: dict[str, JudgementProvider] = {}


def judgement_provider_register(name: str, provider: JudgementProvider) -> None:
    """Register (or replace, so a reloaded app does not add it twice) the provider called `name`."""
    _providers[name] = provider


def answers_judgement(*, answers: list) -> dict[int, dict]:
    """answer id -> what the providers say about who judged it (one call per provider, whatever the count)."""
    merged: dict[int, dict] = {}
    if not answers:
        return merged
    for provider in _providers.values():
        for answer_id, extra in provider(answers=answers).items():
            merged.setdefault(answer_id, {}).update(extra)
    return merged
