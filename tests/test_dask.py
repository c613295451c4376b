"""read_many on a real Dask cluster (two worker processes on 127.0.0.1) reads as a local run does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.corpus.corpus import read_many

ARTICLES = Path(__file__).resolve().parent / "articles"
NAMES = ("kharkiv_wire", "marib_broadcast", "rubaya_report", "sagaing_wire")
WORKBENCH = str(Path(sys.executable).with_name("workbench"))


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    )
    client = distributed.Client(cluster, timeout="60s")
    yield cluster, client
    client.close(timeout=30)
    cluster.close(timeout=30)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for name in NAMES:
        shutil.copy(ARTICLES / f"{name}.txt", tmp_path / f"{name}.txt")
    (tmp_path / "zz_bad.txt").write_bytes(b"\x00")
    return tmp_path


def records(corpus) -> list[tuple]:
    return [
        (
            r.article.id,
            r.article.path,
            r.model,
            r.entity_records,
            r.actor_records,
            r.claim_records,
            r.casualty_records,
        )
        for r in corpus
    ]


def test_a_cluster_reads_as_a_local_run_does(cluster, folder, nlp):
    _, client = cluster
    with pytest.warns(UserWarning, match="zz_bad"):
        local = read_many(folder, nlp=nlp, progress=False)
    with pytest.warns(UserWarning, match="zz_bad"):
        # Batches of 2: both workers get work, and results come back in file order.
        remote = read_many(folder, client=client, batch_size=2, progress=False)
    assert records(remote) == records(local)
    assert remote.errors.equals(local.errors)
    assert len(client.scheduler_info()["workers"]) == 2


def test_the_cli_connects_to_a_scheduler(cluster, folder):
    scheduler, _ = cluster
    address = scheduler.scheduler_address
    assert address.startswith("tcp://127.0.0.1:")
    done = subprocess.run(
        [WORKBENCH, "extract", str(folder / "kharkiv_wire.txt"), "--dask", address, "--no-progress"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"id": "kharkiv_wire"' in done.stdout
