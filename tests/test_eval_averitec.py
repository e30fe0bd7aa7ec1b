"""``saidwhen eval averitec``: gold question-answer evidence through the normal pipeline, AVeriTeC labels
out, accuracy / macro-F1 / confusion computed from what was written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saidwhen.cli import app
from saidwhen.evaluate.averitec import LABELS, qa_documents, scores

runner = CliRunner()


def test_averitec_scores_count_the_confusion_and_macro_f1() -> None:
    gold = ["Supported", "Refuted", "Refuted", "Not Enough Evidence"]
    predicted = ["Supported", "Refuted", "Supported", "Refuted"]
    result = scores(gold, predicted)
    assert result["accuracy"] == 0.5
    assert result["confusion"][0] == [1, 0, 0, 0]  # rows gold, columns predicted, LABELS order
    assert result["confusion"][1] == [1, 1, 0, 0]
    assert result["confusion"][2] == [0, 1, 0, 0]
    # F1: Supported 2/3, Refuted 1/2, the other two 0 -> macro (2/3 + 1/2) / 4
    assert result["macro_f1"] == round((2 / 3 + 1 / 2) / 4, 4)


def test_averitec_qa_documents_keep_question_answer_and_explanation() -> None:
    item = {
        "claim_id": 7,
        "questions": [
            {"question": "Did it rain", "answers": [{"answer": "No", "answer_type": "Boolean",
                                                      "boolean_explanation": "The sky was clear."}]},
            {"question": "Who said so?", "answers": [{"answer": "The  weather office.", "source_url": "http://x"}]},
        ],
    }  # fmt: skip
    docs = qa_documents(item)
    assert [d.text for d in docs] == ["Did it rain? No. The sky was clear.", "Who said so? The weather office."]
    assert docs[0].source == "averitec:7:q0a0" and docs[1].source == "http://x"


@pytest.mark.slow
def test_cli_eval_averitec_writes_one_label_per_claim(shared_dir: Path, tmp_path: Path) -> None:
    items = json.loads((shared_dir / "data" / "averitec" / "dev_even.json").read_text(encoding="utf-8"))
    chosen = [next(i for i in items if i["label"] == label) for label in LABELS]
    subset = tmp_path / "subset.json"  # a few claims, written for this run only
    subset.write_text(json.dumps(chosen), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["eval", "averitec", str(subset), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["claim_id"] for p in lines] == [i["claim_id"] for i in chosen]
    assert all(p["label"] in LABELS for p in lines)
    figures = json.loads(result.stdout)
    assert figures == {**scores([i["label"] for i in chosen], [p["label"] for p in lines]), "unreadable": 0}


@pytest.mark.parametrize(("content", "message"), [("{}", "expected a JSON list"), ("not json", "cannot read")])
def test_cli_eval_averitec_refuses_a_file_that_is_not_averitec(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["eval", "averitec", str(bad), "--out", str(tmp_path / "p.jsonl")])
    assert result.exit_code != 0 and message in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
