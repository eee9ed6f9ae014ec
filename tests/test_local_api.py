"""The Prefect API that `pantau run` starts for itself when none is configured."""
from __future__ import annotations

import os

import pytest

from pantau.local_api import prefect_api_configured
from tests.cli_process import cli_env, kill_session, start


@pytest.fixture()
def clean_prefect_env(monkeypatch, tmp_path):
    """No API URL anywhere: an empty PREFECT_HOME and a working directory without config files."""
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.delenv("PREFECT_PROFILES_PATH", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    (tmp_path / "cwd").mkdir()
    return tmp_path


def test_nothing_configured(clean_prefect_env):
    assert prefect_api_configured(clean_prefect_env / "cwd") is False


def test_environment_url_counts(clean_prefect_env, monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert prefect_api_configured(clean_prefect_env / "cwd") is True


def test_active_profile_url_counts(clean_prefect_env):
    home = clean_prefect_env / "home"
    home.mkdir()
    (home / "profiles.toml").write_text(
        'active = "work"\n[profiles.work]\nPREFECT_API_URL = "http://10.0.0.5:4200/api"\n[profiles.ephemeral]\n',
        encoding="utf-8")
    assert prefect_api_configured(clean_prefect_env / "cwd") is True


def test_inactive_profile_url_does_not_count(clean_prefect_env):
    home = clean_prefect_env / "home"
    home.mkdir()
    (home / "profiles.toml").write_text(
        'active = "ephemeral"\n[profiles.work]\nPREFECT_API_URL = "http://10.0.0.5:4200/api"\n[profiles.ephemeral]\n',
        encoding="utf-8")
    assert prefect_api_configured(clean_prefect_env / "cwd") is False


def test_project_config_files_count(clean_prefect_env):
    cwd = clean_prefect_env / "cwd"
    (cwd / ".env").write_text("PREFECT_API_URL=http://10.0.0.5:4200/api\n", encoding="utf-8")
    assert prefect_api_configured(cwd) is True


def test_unreadable_profiles_file_is_not_configured(clean_prefect_env):
    home = clean_prefect_env / "home"
    home.mkdir()
    (home / "profiles.toml").write_text("this is [ not toml", encoding="utf-8")
    assert prefect_api_configured(clean_prefect_env / "cwd") is False


@pytest.mark.slow
def test_run_with_its_own_api_completes_and_leaves_no_server(tmp_path):
    """The real command with no API configured: it starts its own, finishes, and stops it
    (nothing is left in the session the command ran in)."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(
        "Klaim JHT Naik\n\nSERANG – BPJS Ketenagakerjaan Cabang Serang membayar klaim JHT 1.204 kasus "
        "senilai Rp 14,2 miliar sepanjang Januari hingga Juni 2023.", encoding="utf-8")
    env = {k: v for k, v in cli_env().items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    process = start(["run", "--raw", str(tmp_path / "raw"), "--warehouse", str(tmp_path / "p.duckdb"),
                     "--reports", str(tmp_path / "reports")], env, cwd=tmp_path)
    try:
        out, err = process.communicate(timeout=120)
    except BaseException:
        kill_session(process)
        raise
    assert process.returncode == 0, err
    assert "1 files, 1 articles" in out
    # The command ran in a session of its own: once it has exited, nothing of it is left.
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)
