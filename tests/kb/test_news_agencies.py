from rasad.kb.news_agencies import agency_state


def test_state_agencies_by_abbreviation_and_full_name_with_any_hamza_or_diacritics():
    assert agency_state("واس") == "SAU"
    assert agency_state("وكالة الأنباء السعودية") == "SAU"
    assert agency_state("و م ع") == "MAR"
    assert agency_state("العُمانية") == "OMN"
    assert agency_state("أ ش أ") == agency_state("ا ش ا") == "EGY"


def test_world_agencies_speak_for_no_state():
    for name in ("رويترز", "أ ف ب", "الأناضول", "شينخوا", "سبوتنيك"):
        assert agency_state(name) is None
