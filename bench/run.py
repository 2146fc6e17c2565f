"""Run every benchmark and append the results to BENCHMARKS.md with the machine and date.

    python bench/run.py            # all benchmarks
    python bench/run.py crawler    # only bench_crawler.py

Each ``bench_*.py`` prints a markdown section on stdout; figures are ratios against a peer
measured in the same run wherever a peer exists, so that the machine's speed cancels out.
``bench/soak.py`` (an hour by default) is not run here; its command and last result are kept
at the top of BENCHMARKS.md.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "BENCHMARKS.md"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main(selected: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if selected:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in selected]
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    sections = [f"\n## Run of {stamp}\n\nMachine: {machine()}\n"]
    failed = 0
    for script in scripts:
        print(f"running {script.name} …", file=sys.stderr)
        started = time.monotonic()
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
        took = f"\n_{script.name} took {time.monotonic() - started:.0f} s._\n"
        if proc.returncode:
            failed += 1
            sections.append(f"\n### {script.stem}: FAILED\n\n```\n{proc.stderr[-2000:]}\n```\n")
        else:
            sections.append("\n" + proc.stdout.strip() + "\n" + took)
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write("".join(sections))
    print("".join(sections))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
