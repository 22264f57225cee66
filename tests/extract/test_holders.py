"""Who holds the seats a figure counts, on real-style election reports."""

from __future__ import annotations

from khabar import analyze

IRAQ = (
    "ووفق إحصاء أولي، فإن ائتلاف السوداني حصل على 46 مقعداً، يليه «تقدم» بـ36 مقعداً، ثم "
    "ائتلاف «دولة القانون» بـ29 مقعداً، والحزب الديمقراطي الكردستاني بـ27 مقعداً."
)


def _holders(text: str) -> dict[str, str | None]:
    analysis = analyze(text)
    return {
        analysis.quantities[c.quantity].text: c.subject
        for c in analysis.claims
        if c.topic == "seats"
    }


def test_each_party_of_a_list_holds_its_own_seats() -> None:
    holders = _holders(IRAQ)
    # before its verb, after "يليه", and in a clause joined by و
    assert holders["46"] == "السوداني"
    assert holders["36"] == "تقدم"
    assert holders["27"] == "الديمقراطي الكردستاني"
    assert holders["29"] is not None  # after "ثم": دولة القانون, however it is keyed
    assert len(set(holders.values())) == 4


def test_a_party_after_a_verb_of_ranking_and_after_followed_by() -> None:
    holders = _holders(
        "وحلت جبهة المستقبل رابعة بـ3262 مقعدا، متبوعة بحركة البناء الوطني بـ1850 مقعدا."
    )
    assert None not in holders.values()
    assert holders["3262"] != holders["1850"]


def test_a_parliaments_seats_are_no_partys() -> None:
    assert _holders("وتنافس 7768 مرشحا على 329 مقعدا في مجلس النواب.") == {"329": None}


def test_a_named_party_is_its_entity_key() -> None:
    holders = _holders("حلّ ائتلاف الإعمار والتنمية بزعامة محمد شياع السوداني أولا بـ47 مقعدا.")
    assert holders == {"47": "Mohammed Shia al-Sudani"}
