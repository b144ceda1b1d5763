"""Shared fixtures: the committed seed corpus and one build of it per test session."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
#: The seed files: Albertslund's Chefforum, in the folder that names both
#: (data/raw/<kommune>/<forum>/).
SEEDS = RAW / "albertslund" / "chefforum"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _realworld() -> Path | None:
    """``../shared/realworld`` (real published minutes and their hand labels) beside the
    checkout or on this machine; None where it is absent (its tests skip)."""
    for root in (ROOT.parent / "shared" / "realworld", Path("/work/shared/realworld")):
        if (root / "labels").is_dir() and (root / "raw").is_dir():
            return root
    return None


REALWORLD = _realworld()


def fixture_generator(name: str) -> ModuleType:
    """The generator script ``fixtures/layouts/gen/<name>.py`` that writes an invented
    Word or PDF fixture, loaded as a module (the folder is no package)."""
    spec = importlib.util.spec_from_file_location(name, FIXTURES / "layouts" / "gen" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


@pytest.fixture(scope="session")
def seed_tables() -> dict[str, pd.DataFrame]:
    """Every table of the seed corpus, built in memory once."""
    from analysis.pipeline import parse_corpus

    return parse_corpus(RAW)


@pytest.fixture()
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed corpus."""
    dest = tmp_path / "raw"
    shutil.copytree(RAW, dest)
    return dest


@pytest.fixture()
def tables() -> dict[str, pd.DataFrame]:
    """The tiny hand-made tables of tests/metrics_helpers.py, fresh for each test."""
    from tests.metrics_helpers import tiny_tables

    return tiny_tables()
