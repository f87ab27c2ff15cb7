

def test_future_prefix_matches_every_imperfect_verb():
    from rasad.lexicon.lexicon import load_lexicon
    from rasad.text.tokens import tokenize

    lex = load_lexicon()
    for word in ("سيزور", "ستستضيف", "سيلتقي"):
        found = lex.trie.find_all(tokenize(word), stem=True)
        assert found and any(e.pos == "verb" for e in found[0][2]), word
