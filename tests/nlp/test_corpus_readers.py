"""Converters, on tiny samples written for these tests (not copies of the corpora)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import spacy

from lagebild.nlp.corpus.conllu import parse_conllu
from lagebild.nlp.corpus.docs import group, ner_doc, ud_doc
from lagebild.nlp.corpus.europeana import parse_europeana
from lagebild.nlp.corpus.germeval import parse_germeval
from lagebild.nlp.corpus.hipe import parse_hipe
from lagebild.nlp.corpus.labels import label_maps, map_bio
from lagebild.nlp.corpus.ler import parse_ler
from lagebild.nlp.corpus.mobie import read_mobie
from lagebild.nlp.corpus.uner import parse_uner

GERMEVAL = """#\thttp://example.org/a\t[2024-01-01]
1\tAnna\tB-PER\tO
2\tMüller\tI-PER\tO
3\tflog\tO\tO
4\tnach\tO\tO
5\tNeu\tB-LOC\tO
6\tYork\tI-LOC\tB-LOC
7\tzum\tO\tO
8\tEU-Gipfel\tB-ORGpart\tO
9\tder\tO\tO
10\tdeutschen\tB-LOCderiv\tO
11\tRegierung\tO\tO
12\tund\tO\tO
13\tTatort\tB-OTH\tO
14\t.\tO\tO

#\thttp://example.org/b\t[2024-01-02]
1\tDie\tO\tO
2\tBahn\tB-ORG\tO
"""


def test_germeval_outer_tags_and_mapping() -> None:
    sents = parse_germeval(io.StringIO(GERMEVAL))
    assert len(sents) == 2
    first = sents[0]
    assert first.words[:2] == ["Anna", "Müller"]
    assert first.tags[:6] == ["B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC"]
    # -part and -deriv are dropped, OTH becomes MISC.
    assert first.tags[7] == "O" and first.tags[9] == "O"
    assert first.tags[12] == "B-MISC"
    assert sents[1].tags == ["O", "B-ORG"]


def test_map_bio_repairs_orphan_inside_tags() -> None:
    assert map_bio(["I-PER", "I-PER", "O", "I-LOC"], "germeval") == ["B-PER", "I-PER", "O", "B-LOC"]
    # A type change inside a run opens a new span.
    assert map_bio(["B-PER", "I-LOC"], "germeval") == ["B-PER", "B-LOC"]
    assert map_bio(["B-XYZ", "I-XYZ"], "germeval") == ["O", "O"]


def test_label_maps_only_target_types() -> None:
    for mapping in label_maps().values():
        assert set(mapping.values()) <= {"PER", "LOC", "ORG", "MISC", "O"}


def test_ler_fine_types_and_crlf() -> None:
    text = (
        "Der O\r\nRichter O\r\nMax B-RR\r\nMeier I-RR\r\nam O\r\nBGH B-GRT\r\n"
        "nach O\r\n§ B-GS\r\n1 I-GS\r\n\r\nIn O\r\nBerlin B-ST\r\n"
    )
    sents = parse_ler(io.StringIO(text, newline=""))
    assert [s.tags for s in sents] == [
        ["O", "O", "B-PER", "I-PER", "O", "B-ORG", "O", "O", "O"],
        ["O", "B-LOC"],
    ]


def test_mobie_zip_and_hashtags(tmp_path: Path) -> None:
    body = (
        "-DOCSTART- -1- O O\n\nStau\tNN\tI-NN\tO\nbei\tAPPR\tI-AP\tO\n"
        "#Köln\tNE\tI-NE\tB-location-city\nauf\tAPPR\tI-AP\tO\nS1\tNE\tI-NE\tB-location-route\n"
        "#DB\tNE\tI-NE\tB-organization-company\n"
    )
    path = tmp_path / "m.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("train.conll2003", body)
    (sent,) = read_mobie(path)
    assert sent.words == ["Stau", "bei", "Köln", "auf", "S1", "DB"]
    assert sent.tags == ["O", "O", "B-LOC", "O", "O", "B-ORG"]


def test_europeana_segments_without_cutting_entities() -> None:
    rows = (
        "Gestern O\nkam O\nder O\nKaiser O\n. O\nIn O\nWien B-LOC\nsprach O\n"
        "Herr O\nJ O\n. O\nStrauß B-PER\nvor O\n. O\n"
    )
    sents = parse_europeana(io.StringIO(rows))
    assert [s.words[0] for s in sents] == ["Gestern", "In"]
    # "J ." is an initial: no break there.
    assert sents[1].words[-3:] == ["Strauß", "vor", "."]
    assert sents[1].tags[1] == "B-LOC"


def test_hipe_sentences_spacing_and_qids() -> None:
    text = (
        "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n"
        "# hipe2022:document_id = x\n"
        "Aus\tO\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "Berlin\tB-loc\t_\t_\t_\t_\t_\tQ64\t_\tNoSpaceAfter\n"
        ".\tO\t_\t_\t_\t_\t_\t_\t_\tEndOfSentence\n"
        "Otto\tB-pers\t_\t_\t_\t_\t_\tNIL\t_\t_\n"
        "Lilienthal\tI-pers\t_\t_\t_\t_\t_\tNIL\t_\tEndOfSentence\n"
    )
    first, second = parse_hipe(io.StringIO(text))
    assert first.tags == ["O", "B-LOC", "O"]
    assert first.spaces == [True, False, True]
    assert first.links == [(1, 2, "LOC", "Q64")]
    assert second.tags == ["B-PER", "I-PER"] and second.links == []


def test_uner_keeps_sentence_ids() -> None:
    text = "# sent_id = s1\n# text = Paris ist schön.\n1\tParis\tB-LOC\t-\t-\n2\tist\tO\t-\t-\n\n"
    (sent,) = parse_uner(io.StringIO(text))
    assert sent.tags == ["B-LOC", "O"] and sent.source.endswith(":s1")


CONLLU = """# sent_id = t1
# text = Sie sah ihn.
1\tSie\tsie\tPRON\tPPER\tCase=Nom|Number=Sing\t2\tnsubj\t_\t_
2\tsah\tsehen\tVERB\tVVFIN\tTense=Past\t0\troot\t_\t_
3-4\tihn.\t_\t_\t_\t_\t_\t_\t_\t_
3\tihn\ter\tPRON\tPPER\tCase=Acc\t2\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

# sent_id = t2
1\tJa\tja\tINTJ\tITJ\t_\t0\troot\t_\t_
"""


def test_conllu_to_doc_keeps_all_layers() -> None:
    sents = parse_conllu(io.StringIO(CONLLU))
    assert [s.sent_id for s in sents] == ["t1", "t2"]
    vocab = spacy.blank("de").vocab
    doc = ud_doc(vocab, sents[0])
    assert [t.text for t in doc] == ["Sie", "sah", "ihn", "."]
    assert doc.text.rstrip() == "Sie sah ihn."
    assert [t.tag_ for t in doc] == ["PPER", "VVFIN", "PPER", "$."]
    assert doc[2].morph.get("Case") == ["Acc"] and doc[2].lemma_ == "er"
    assert doc[0].head.i == 1 and doc[1].dep_ == "ROOT" and doc[2].dep_ == "obj"
    joined = group([ud_doc(vocab, s) for s in sents], 10)
    assert len(joined) == 1 and len(list(joined[0].sents)) == 2


def test_ner_doc_entities() -> None:
    (sent,) = parse_germeval(io.StringIO(GERMEVAL.split("\n\n")[0]))
    doc = ner_doc(spacy.blank("de").vocab, sent)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Anna Müller", "PER"),
        ("Neu York", "LOC"),
        ("Tatort", "MISC"),
    ]
