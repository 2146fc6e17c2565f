"""`newswatch demo --json`: the whole loop offline, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_demo_json_delivers_alerts(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home")}
    env.pop("REDIS_URL", None)
    env.pop("DATABASE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "newswatch", "demo", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["articles"] > 0 and result["events"] > 0 and result["alerts_delivered"] > 0
    subs = result["subscriptions"]
    assert set(subs) == {"Dar'a governorate", "Ceasefire breaches"}
    daraa = subs["Dar'a governorate"]["alerts"]
    breaches = subs["Ceasefire breaches"]["alerts"]
    assert daraa and all(a["admin1_pcode"] == "SY12" for a in daraa)
    assert breaches and all(a["ceasefire_breach"] for a in breaches)
    assert result["alerts_delivered"] == len(daraa) + len(breaches)
