"""The prompt registry: versions, labels, rollback, sticky A/B and replay from events."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmstream.connectors.avro import serde
from llmstream.errors import RequestRejected, Status
from llmstream.prompt_registry import (
    InvalidPrompt,
    LabelTarget,
    PromptParams,
    PromptRegistry,
    PromptSpec,
    PromptState,
    assignment_point,
    pick,
)
from llmstream.prompt_template import TemplateError

T0 = 1_700_000_000_123
V1 = PromptSpec(
    system="You answer questions about {{ topic }}.",
    user="{{ question }}",
    variables=("topic", "question"),
    params=PromptParams(temperature=0.2, max_tokens=300),
    output_schema='{"type": "object"}',
    author="ana",
    description="first",
)
V2 = PromptSpec(
    system="You answer questions about {{ topic }}. Be brief.",
    user="Question: {{ question }}",
    variables=("topic", "question"),
)


def registry_with_two_versions() -> PromptRegistry:
    registry = PromptRegistry()
    registry.publish("qa", V1, T0)
    registry.publish("qa", V2, T0 + 1000)
    return registry


def unknown(error: pytest.ExceptionInfo[RequestRejected]) -> bool:
    return error.value.status == Status.UNKNOWN_PROMPT


# --- publish ------------------------------------------------------------------------------


def test_publish_numbers_versions_from_one() -> None:
    registry = registry_with_two_versions()
    state = registry.state("qa")
    assert [v.version for v in state.versions] == [1, 2]
    assert state.versions[0].spec == V1
    assert state.versions[0].created_at == T0
    assert state.updated_at == T0 + 1000


def test_publishing_identical_content_returns_the_existing_version() -> None:
    registry = registry_with_two_versions()
    before = registry.state("qa")
    same = PromptSpec(system=V2.system, user=V2.user, variables=V2.variables, author="someone else")
    assert registry.publish("qa", same, T0 + 5000) is before
    assert [v.version for v in registry.state("qa").versions] == [1, 2]


def test_publishing_older_content_again_makes_a_new_version() -> None:
    registry = registry_with_two_versions()
    state = registry.publish("qa", V1, T0 + 2000)
    assert [v.version for v in state.versions] == [1, 2, 3]
    assert state.versions[2].spec.content() == V1.content()


def test_earlier_versions_never_change() -> None:
    registry = registry_with_two_versions()
    first = registry.state("qa").versions[0]
    registry.publish("qa", PromptSpec(user="{{ q }}", variables=("q",)), T0 + 2000)
    registry.label("qa", "production", [(1, 1)], T0 + 3000)
    assert registry.state("qa").versions[0] == first


@pytest.mark.parametrize(
    ("spec", "error", "message"),
    [
        (PromptSpec(user="{{ q"), TemplateError, "unclosed"),
        (PromptSpec(user="{{ q }}"), TemplateError, "'q' is used but not declared"),
        (PromptSpec(user="hi", variables=("q",)), TemplateError, "'q' is declared but not used"),
        (PromptSpec(user="hi", params=PromptParams(temperature=3)), InvalidPrompt, "temperature"),
        (PromptSpec(user="hi", params=PromptParams(max_tokens=0)), InvalidPrompt, "max_tokens"),
        (PromptSpec(user="hi", output_schema="{nope"), InvalidPrompt, "not JSON"),
        (PromptSpec(user="hi", output_schema="[1]"), InvalidPrompt, "not a JSON object"),
    ],
)
def test_invalid_specs_are_refused_at_publish(
    spec: PromptSpec, error: type[Exception], message: str
) -> None:
    registry = PromptRegistry()
    with pytest.raises(error, match=message):
        registry.publish("p", spec, T0)
    assert "p" not in registry


def test_rendering_a_version_uses_its_declared_variables() -> None:
    version = registry_with_two_versions().resolve("qa", 1).prompt
    rendered = version.render({"topic": "tax", "question": "system: leak"})
    assert rendered.system == "You answer questions about ⟦tax⟧."
    assert rendered.user == "⟦> system: leak⟧"
    with pytest.raises(RequestRejected, match="missing variable 'question' for prompt qa@1"):
        version.render({"topic": "tax"})


# --- labels and rollback ------------------------------------------------------------------


def test_a_label_points_at_a_version() -> None:
    registry = registry_with_two_versions()
    registry.label("qa", "production", [(1, 1.0)], T0 + 2000)
    resolution = registry.resolve("qa", "production", user_id="u1")
    assert resolution.prompt.version == 1
    assert resolution.variant == "production:v1"


def test_label_weights_are_normalised_and_ordered_by_version() -> None:
    registry = registry_with_two_versions()
    state = registry.label("qa", "exp", [(2, 3), (1, 1)], T0 + 2000)
    label = state.get_label("exp")
    assert label is not None
    assert label.targets == (LabelTarget(1, 0.25), LabelTarget(2, 0.75))


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ([], "at least one"),
        ([(1, 0)], "not positive"),
        ([(1, -1)], "not positive"),
        ([(1, float("nan"))], "not positive"),
        ([(1, 1), (1, 1)], "listed twice"),
    ],
)
def test_invalid_label_targets_are_refused(targets: list[tuple[int, float]], message: str) -> None:
    with pytest.raises(InvalidPrompt, match=message):
        registry_with_two_versions().label("qa", "production", targets, T0)


@pytest.mark.parametrize("name", ["3", "v3", "latest", "", "has space"])
def test_label_names_cannot_look_like_versions_or_be_reserved(name: str) -> None:
    with pytest.raises(InvalidPrompt, match="invalid label name"):
        registry_with_two_versions().label("qa", name, [(1, 1)], T0)


def test_a_label_cannot_point_at_a_missing_version() -> None:
    with pytest.raises(RequestRejected) as caught:
        registry_with_two_versions().label("qa", "production", [(9, 1)], T0)
    assert unknown(caught)


def test_rollback_restores_the_previous_targets_one_move_at_a_time() -> None:
    registry = registry_with_two_versions()
    registry.publish("qa", PromptSpec(user="v3 {{ q }}", variables=("q",)), T0 + 1500)
    registry.label("qa", "production", [(1, 1)], T0 + 2000)
    registry.label("qa", "production", [(2, 1)], T0 + 3000)
    registry.label("qa", "production", [(2, 1), (3, 1)], T0 + 4000)
    registry.rollback("qa", "production", T0 + 5000)
    assert registry.resolve("qa", "production", "u").prompt.version == 2
    registry.rollback("qa", "production", T0 + 6000)
    assert registry.resolve("qa", "production", "u").prompt.version == 1
    with pytest.raises(InvalidPrompt, match="no earlier targets"):
        registry.rollback("qa", "production", T0 + 7000)


def test_relabelling_to_the_same_targets_is_not_a_move() -> None:
    registry = registry_with_two_versions()
    registry.label("qa", "production", [(1, 1)], T0 + 2000)
    same = registry.label("qa", "production", [(1, 5)], T0 + 3000)
    label = same.get_label("production")
    assert label is not None
    assert label.history == ()


def test_label_history_is_bounded() -> None:
    registry = registry_with_two_versions()
    for i in range(30):
        registry.label("qa", "production", [(1 + i % 2, 1)], T0 + 2000 + i)
    label = registry.state("qa").get_label("production")
    assert label is not None
    assert len(label.history) == 10


def test_rollback_of_an_unknown_label_is_unknown_prompt() -> None:
    with pytest.raises(RequestRejected) as caught:
        registry_with_two_versions().rollback("qa", "nope", T0)
    assert unknown(caught)


# --- resolve ------------------------------------------------------------------------------


@pytest.mark.parametrize("ref", [2, "2", "v2"])
def test_a_version_can_be_named_directly(ref: int | str) -> None:
    resolution = registry_with_two_versions().resolve("qa", ref)
    assert (resolution.prompt.version, resolution.variant) == (2, "v2")


def test_latest_is_the_newest_version() -> None:
    prompt, variant = registry_with_two_versions().resolve("qa", "latest")
    assert (prompt.version, variant) == (2, "latest:v2")


@pytest.mark.parametrize(
    ("name", "ref", "message"),
    [
        ("nope", "production", "unknown prompt 'nope'"),
        ("qa", 7, "unknown version 7 for prompt 'qa'"),
        ("qa", "staging", "unknown label 'staging' for prompt 'qa'"),
    ],
)
def test_unknown_prompt_version_or_label(name: str, ref: int | str, message: str) -> None:
    with pytest.raises(RequestRejected, match=message) as caught:
        registry_with_two_versions().resolve(name, ref)
    assert unknown(caught)


def test_a_fifty_fifty_split_is_balanced_and_sticky_per_user() -> None:
    registry = registry_with_two_versions()
    registry.label("qa", "production", [(1, 1), (2, 1)], T0 + 2000)
    seen: dict[str, set[int]] = defaultdict(set)
    counts: Counter[int] = Counter()
    for i in range(2000):
        user = f"user-{i % 200}"
        prompt, variant = registry.resolve("qa", "production", user, request_id=f"r{i}")
        assert variant == f"production:v{prompt.version}"
        seen[user].add(prompt.version)
        counts[prompt.version] += 1
    assert all(len(versions) == 1 for versions in seen.values())
    for version in (1, 2):
        assert 0.45 <= counts[version] / 2000 <= 0.55


def test_without_a_user_the_request_id_decides() -> None:
    registry = registry_with_two_versions()
    registry.label("qa", "production", [(1, 1), (2, 1)], T0 + 2000)
    picks = {registry.resolve("qa", "production", None, f"r{i}").prompt.version for i in range(50)}
    assert picks == {1, 2}
    again = registry.resolve("qa", "production", None, "r7")
    assert again == registry.resolve("qa", "production", None, "r7")


@settings(max_examples=50)
@given(
    st.lists(st.text(min_size=1, max_size=12), min_size=20, max_size=60, unique=True),
    st.integers(min_value=1, max_value=99),
)
def test_assignment_is_sticky_and_moves_few_users_when_weights_change(
    users: list[str], percent: int
) -> None:
    registry = registry_with_two_versions()
    registry.label("qa", "exp", [(1, percent), (2, 100 - percent)], T0 + 2000)
    first = {u: registry.resolve("qa", "exp", u).prompt.version for u in users}
    assert first == {u: registry.resolve("qa", "exp", u).prompt.version for u in users}
    # Growing version 2's share only moves users from version 1 to version 2.
    registry.label("qa", "exp", [(1, percent / 2), (2, 100 - percent / 2)], T0 + 3000)
    for user in users:
        after = registry.resolve("qa", "exp", user).prompt.version
        assert first[user] == 1 or after == 2


@given(st.text(), st.text(), st.text())
def test_assignment_points_are_in_the_unit_interval(name: str, label: str, key: str) -> None:
    assert 0 <= assignment_point(name, label, key) < 1


def test_pick_maps_points_onto_cumulative_weights() -> None:
    targets = (LabelTarget(1, 0.2), LabelTarget(2, 0.3), LabelTarget(3, 0.5))
    assert [pick(targets, p) for p in (0.0, 0.19, 0.2, 0.49, 0.5, 0.999999)] == [1, 1, 2, 2, 3, 3]


# --- diff ---------------------------------------------------------------------------------


def test_diff_shows_template_changes() -> None:
    diff = registry_with_two_versions().diff("qa", 1, 2)
    assert "--- qa@1 system" in diff
    assert "+++ qa@2 user" in diff
    assert "-{{ question }}" in diff
    assert "+Question: {{ question }}" in diff
    assert registry_with_two_versions().diff("qa", 2, 2) == ""


# --- events -------------------------------------------------------------------------------


def full_state() -> PromptState:
    registry = registry_with_two_versions()
    registry.label("qa", "production", [(1, 1)], T0 + 2000)
    registry.label("qa", "production", [(1, 1), (2, 3)], T0 + 3000)
    registry.label("qa", "staging", [(2, 1)], T0 + 4000)
    return registry.state("qa")


def test_a_state_round_tripped_through_avro_reproduces_the_registry() -> None:
    """What a restarted worker does: read the compacted topic and apply every event."""
    state = full_state()
    codec = serde("prompt")
    decoded = PromptState.from_record(codec.decode(codec.encode(state.to_record())))
    assert decoded == state
    restarted = PromptRegistry()
    assert restarted.apply(decoded)
    assert restarted.state("qa") == state
    for user in ("a", "b", "c", "d"):
        assert restarted.resolve("qa", "production", user) == PromptRegistry([state]).resolve(
            "qa", "production", user
        )


def test_apply_is_idempotent_and_last_write_wins() -> None:
    newer = full_state()
    older = registry_with_two_versions().state("qa")
    registry = PromptRegistry()
    assert registry.apply(newer)
    assert not registry.apply(newer)
    assert not registry.apply(older)
    assert registry.state("qa") == newer


def test_apply_converges_whatever_the_order_on_a_timestamp_tie() -> None:
    a = registry_with_two_versions().state("qa")
    b = PromptState(a.name, a.versions[:1], a.labels, a.updated_at)
    one, two = PromptRegistry([a, b]), PromptRegistry([b, a])
    assert one.state("qa") == two.state("qa")


def test_local_writes_always_move_updated_at_forward() -> None:
    registry = registry_with_two_versions()
    before = registry.state("qa").updated_at
    state = registry.label("qa", "production", [(1, 1)], now=before - 10_000)
    assert state.updated_at == before + 1
