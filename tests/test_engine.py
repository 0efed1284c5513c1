"""--jobs N and --engine dask give the output of one process, byte for byte; --by doc streams."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing import engine as engine_module
from framing.engine import Engine, chunks, map_chunks
from framing.model import Document

# Short made-up news items: quotes, reported speech, narration, two languages.
ITEMS = [
    ("a1", "Wire", 'President Tokayev said the unrest was the work of "terrorists and bandits". '
     'Police said 26 armed criminals were killed and 18 officers died in the violence.'),
    ("a2", "Daily", 'The European Union called for restraint and urged a peaceful dialogue. '
     '"We call on all sides to refrain from violence," the EU spokesperson said.'),
    ("a3", "Wire", 'Protesters said they were angry about fuel prices. "We want a fair life, not '
     'terror," one protester told reporters. The government denied any foreign interference.'),
    ("a4", "Daily", 'Russia said the CSTO peacekeeping mission would protect order. Tokayev said '
     'foreign-trained terrorists had attacked Almaty. Rights groups said people were detained.'),
    ("a5", "Radio", 'قال الرئيس توكاييف إن الإرهابيين هاجموا المدينة. '
     'ودعا الاتحاد الأوروبي إلى ضبط النفس والحوار.'),
    ("a6", "Radio", 'The United States questioned the need for the CSTO troops. Blinken said the '
     'authorities should respect peaceful protest and human rights.'),
    ("a7", "Wire", 'Tokayev said order had been restored and the peacekeepers would leave. Critics said '
     'the violence and casualties were not investigated.'),
]

COMMANDS = [
    ["compare", "--by", "actor", "-f", "csv"],
    ["compare", "--by", "source", "--metric", "count", "-f", "json"],
    ["compare", "--by", "actor,source", "--ci", "90", "--resamples", "50", "-f", "jsonl"],
    ["compare", "--by", "doc", "-f", "csv"],
    ["compare", "--by", "doc,actor", "--ci", "95", "--resamples", "50", "-f", "json"],
    ["compare", "--unit", "document", "-f", "tsv"],
    ["compare", "--voice", "both", "--metric", "per1k", "-f", "simple"],
    ["compare", "--narration", "--min-confidence", "0.5", "--by", "actor,lang", "-f", "github"],
    ["statements", "-f", "jsonl"],
    ["statements", "--narration", "-f", "csv"],
    ["explain", "kz_government", "terrorism", "-f", "jsonl"],
    ["kwic", "terrorism", "-f", "csv"],
    ["keyness", "--by", "source", "-f", "json"],
    ["keyness", "--by", "actor", "--keep-stopwords", "-f", "csv"],
    ["actors", "--unknown", "-f", "csv"],
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for doc_id, source, text in ITEMS:
            out.write(json.dumps({"id": doc_id, "source": source, "text": text}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of one or two documents, so that the pool really gets several."""
    monkeypatch.setattr(engine_module, "CHUNK_CHARS", 150)


def _output(run, args: list[str], corpus: Path, *engine: str) -> str:
    result = run(*args, str(corpus), "--actors", "kazakhstan-2022", *engine)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_two_jobs_give_the_bytes_of_one(run, corpus, small_chunks, args):
    one = _output(run, args, corpus, "--jobs", "1")
    assert one.strip()
    assert _output(run, args, corpus, "--jobs", "2") == one


def test_evaluate_with_two_jobs_gives_the_bytes_of_one(run, corpus, small_chunks, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a2", "actor": "eu", "text": "We call on all sides to refrain from violence,"})
                    + "\n", encoding="utf-8")
    one = _output(run, ["evaluate", str(gold), "-f", "csv"], corpus, "--jobs", "1")
    assert "attribution" in one
    assert _output(run, ["evaluate", str(gold), "-f", "csv"], corpus, "--jobs", "2") == one


def test_workers_warnings_reach_stderr_once_each_in_input_order(run, tmp_path, small_chunks):
    path = tmp_path / "langs.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, (doc_id, _, text) in enumerate(ITEMS[:4]):
            lang = {"lang": "de"} if i % 2 == 0 else {}
            out.write(json.dumps({"id": doc_id, "text": text, **lang}) + "\n")
    one = run("compare", str(path), "--jobs", "1")
    two = run("compare", str(path), "--jobs", "2")
    assert one.stderr.count("language de is not supported") == 2
    assert (two.stdout, two.stderr) == (one.stdout, one.stderr)


def test_fractional_weights_sum_in_input_order(run, corpus, small_chunks, tmp_path):
    lexicon = tmp_path / "weights.csv"
    lexicon.write_text("frame,term,weight\nviolence,violence,0.1\nviolence,terror*,0.7\ncalm,restraint,0.3\n"
                       "calm,dialogue,1.1\n", encoding="utf-8")
    args = ["compare", "-l", str(lexicon), "--metric", "weighted", "--by", "source", "-f", "csv"]
    one = _output(run, args, corpus, "--jobs", "1")
    assert "violence" in one
    assert _output(run, args, corpus, "--jobs", "2") == one


def test_doc_rows_follow_the_input_order(run, corpus):
    out = _output(run, ["compare", "--unit", "document", "-f", "csv"], corpus)
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == [doc_id for doc_id, _, _ in ITEMS]


def test_doc_rows_are_written_before_the_corpus_is_read():
    from framing import compile_lexicon, load_lexicon
    from framing.corpus_compare import compare_corpus

    read = []

    def documents():
        for doc_id, source, text in ITEMS:
            read.append(doc_id)
            yield Document(id=doc_id, text=text, source=source)

    lexicon = load_lexicon("unrest")
    result = compare_corpus(documents(), None, compile_lexicon(lexicon), lexicon, unit="document", by=["doc"])
    first = next(result.rows)
    assert first.key == ("a1",) and read == ["a1"]


def test_results_come_back_in_input_order_from_the_pool():
    docs = [Document(id=str(i), text="x" * (i % 5 + 1)) for i in range(40)]
    got = list(map_chunks(_ids, docs, Engine(jobs=2)))
    assert [doc_id for ids in got for doc_id in ids] == [d.id for d in docs]
    assert len(got) == len(list(chunks(docs)))


def _ids(docs: list[Document]) -> list[str]:
    return [d.id for d in docs]


@pytest.mark.parametrize("args, message", [
    (["--jobs", "0"], "--jobs must be 1 or more"),
    (["--engine", "spark"], "unknown --engine 'spark'"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "give it with --engine dask"),
    (["s3://bucket/news.jsonl"], "a URL corpus is read by Dask workers; add --engine dask"),
])
def test_bad_engine_options_are_one_line_errors(run, args, message):
    result = run("compare", *args)
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(message) or message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_dask_engine_without_dask_says_how_to_install(run, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)
    result = run("compare", "--engine", "dask")
    assert result.exit_code == 2
    assert 'pip install "framing[dask]"' in result.stderr


# -- the Dask engine against a LocalCluster (tests/conftest.py's scheduler) ---

DASK_COMMANDS = [COMMANDS[0], COMMANDS[2], COMMANDS[4], COMMANDS[8]]


@pytest.mark.parametrize("args", DASK_COMMANDS, ids=lambda a: " ".join(a))
def test_dask_engine_gives_the_bytes_of_the_local_one(run, corpus, scheduler, monkeypatch, args):
    import framing.engine_dask

    monkeypatch.setattr(framing.engine_dask, "BLOCKSIZE", 400)  # several blocks of the JSONL file
    one = _output(run, args, corpus, "--jobs", "1")
    assert _output(run, args, corpus, "--engine", "dask", "--scheduler", scheduler) == one


def test_dask_engine_names_the_line_of_a_bad_record_as_the_local_one_does(run, corpus, scheduler, monkeypatch,
                                                                           tmp_path):
    import framing.engine_dask

    monkeypatch.setattr(framing.engine_dask, "BLOCKSIZE", 400)  # the bad line lies in a later block
    lines = corpus.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join(lines[:-1] + ['{"id": "late", "text": 7}']) + "\n", encoding="utf-8")
    local = run("compare", str(broken), "--jobs", "1")
    distributed = run("compare", str(broken), "--engine", "dask", "--scheduler", scheduler)
    assert local.exit_code == distributed.exit_code == 2
    assert distributed.stderr == local.stderr
    assert f"broken.jsonl:{len(lines)}: field 'text' must be a string" in distributed.stderr


def test_dask_engine_streams_other_inputs_from_here(run, tmp_path, scheduler, small_chunks):
    folder = tmp_path / "texts"
    folder.mkdir()
    for doc_id, _, text in ITEMS:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    args = ["statements", "-f", "jsonl"]
    one = _output(run, args, folder, "--jobs", "1")
    assert _output(run, args, folder, "--engine", "dask", "--scheduler", scheduler) == one


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "json", "simple", "github"])
@pytest.mark.parametrize("rows", [0, 1, 3])
@pytest.mark.parametrize("ci", [False, True])
def test_streamed_table_is_the_rendered_table(fmt, rows, ci):
    import dataclasses

    from framing.model import Bootstrap, Row, Table
    from framing.rendering import render
    from framing.table_stream import iter_render

    frames = ("calm", "terror")
    made = tuple(Row((f"doc{i}", "eu"), i + 1, 10 * i, {"calm": 50.0, "terror": 0.0}, {"calm": i, "terror": 0},
                     {"calm": 1, "terror": 0}, cancelled={"calm": 0, "terror": 1},
                     polarity={"calm": {"negated": min(i, 1)}, "terror": {}},
                     low={"calm": 10.0, "terror": 0.0} if ci else {}, high={"calm": 90.0, "terror": 0.0} if ci else {})
                 for i in range(rows))
    table = Table(("doc", "actor"), "share", frames, made, (("unrest", "abc"),),
                  Bootstrap(95.0, 100, 0) if ci else None, 3)
    streamed = "".join(iter_render(dataclasses.replace(table, rows=()), iter(made), fmt))
    assert streamed == render(table, fmt)
