from rasad.kb.neighbours import land_neighbours, listed_neighbours


def test_each_border_is_listed_by_both_states_that_list_their_borders():
    listed = listed_neighbours()
    one_way = [(a, b) for a, others in listed.items() for b in others if b in listed and a not in listed[b]]
    assert not one_way


def test_every_code_is_a_state_of_the_knowledge_base(kb):
    states = {e.id for e in kb.entries if e.kind == "country"}
    listed = listed_neighbours()
    assert {c for a, others in listed.items() for c in (a, *others)} <= states


def test_land_neighbours_read_borders_both_ways_and_islands_have_none():
    assert land_neighbours("SDN") == {"EGY", "LBY", "TCD", "CAF", "SSD", "ETH", "ERI"}
    assert "ESP" in land_neighbours("MAR") and "MAR" in land_neighbours("ESP")  # Ceuta and Melilla
    assert land_neighbours("BHR") == frozenset() and land_neighbours("XXX") == frozenset()
