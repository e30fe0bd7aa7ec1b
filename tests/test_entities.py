"""Entity registry: aliases, surnames, transliteration variants, titles."""

from __future__ import annotations

import pytest

from saidwhen.analyse.entities import Registry, guess_kind, name_key, split_title
from saidwhen.records import EntityKind


@pytest.mark.parametrize("variant", ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Zelensky’s"])
def test_entities_transliteration_variants_share_a_key(variant: str) -> None:
    assert Registry.key(variant, EntityKind.PERSON) == Registry.key("Zelenskyy", EntityKind.PERSON)


def test_entities_different_people_differ() -> None:
    assert name_key("Kallas") != name_key("Kushner")


def test_entities_surname_resolves_to_full_name_across_variants() -> None:
    reg = Registry()
    reg.add("Volodymyr Zelenskyy", EntityKind.PERSON, roles=["Ukrainian President"])
    reg.add("Zelensky", EntityKind.PERSON)
    reg.add("Zelenskiy", EntityKind.PERSON)
    assert reg.canonical("Zelensky", EntityKind.PERSON) == "Volodymyr Zelenskyy"
    (entity,) = reg.entities()
    assert entity.name == "Volodymyr Zelenskyy"
    assert {"Zelensky", "Zelenskiy"} <= set(entity.aliases)
    assert entity.roles == ("Ukrainian President",)


def test_entities_merge_keeps_most_frequent_full_spelling() -> None:
    a, b = Registry(), Registry()
    a.add("Volodymyr Zelensky", EntityKind.PERSON)
    b.add("Volodymyr Zelenskyy", EntityKind.PERSON)
    b.add("Volodymyr Zelenskyy", EntityKind.PERSON)
    a.merge(b)
    assert len(a) == 1
    assert a.canonical("Zelenskiy", EntityKind.PERSON) == "Volodymyr Zelenskyy"


@pytest.mark.parametrize(
    ("words", "title", "name"),
    [
        (["President", "Volodymyr", "Zelenskyy"], ["President"], ["Volodymyr", "Zelenskyy"]),
        (["U.S.", "President", "Donald", "Trump"], ["U.S.", "President"], ["Donald", "Trump"]),
        (["Special", "Envoy", "Steve", "Witkoff"], ["Special", "Envoy"], ["Steve", "Witkoff"]),
        (["Security", "Policy", "Kaja", "Kallas"], ["Security", "Policy"], ["Kaja", "Kallas"]),
        (["Donald", "J.", "Trump"], [], ["Donald", "J.", "Trump"]),
    ],
)
def test_entities_split_title(words: list[str], title: list[str], name: list[str]) -> None:
    assert split_title(words) == (title, name)


@pytest.mark.parametrize(
    ("name", "the", "kind"),
    [
        ("Kaja Kallas", False, EntityKind.PERSON),
        ("Kremlin", True, EntityKind.ORGANISATION),
        ("NATO", False, EntityKind.ORGANISATION),
        ("Reuters", False, EntityKind.ORGANISATION),
        ("Ukraine", False, EntityKind.PLACE),
    ],
)
def test_entities_guess_kind(name: str, the: bool, kind: EntityKind) -> None:
    assert guess_kind(name, the) is kind
