#!/usr/bin/env python3
"""Declarations are order-independent: every example still builds, to the
same outputs up to order, when its top-level declarations are shuffled (3
seeds) and when it is split into files whose names sort either way.
Usage: shuffle_test.py MIGC REPO_ROOT"""
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from mig_items import split_items  # noqa: E402

migc, root = sys.argv[1], pathlib.Path(sys.argv[2])
failures = passes = 0


class Loader(yaml.SafeLoader):
    pass


Loader.add_multi_constructor("!", lambda loader, suffix, node: (suffix, loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else loader.construct_mapping(node) if isinstance(node, yaml.MappingNode) else loader.construct_scalar(node)))


def normalized(out):
    """What an out dir means, with order that means nothing taken out: YAML
    as data (maps are unordered), every other text file as sorted lines;
    header lines (which hold the source hash) dropped."""
    meaning = {}
    for p in sorted(out.rglob("*")):
        if not p.is_file():
            continue
        rel = str(p.relative_to(out))
        data = p.read_bytes()
        if p.suffix == ".zip":
            meaning[rel] = data
            continue
        text = "\n".join(l for l in data.decode().splitlines() if "source sha256" not in l)
        if p.suffix == ".yaml":
            meaning[rel] = yaml.load(text, Loader=Loader)
        elif p.suffix == ".md":  # the runbook lists params and outputs in source order, for reading
            meaning[rel] = sorted(text.replace(",", " ").split())
        else:
            meaning[rel] = sorted(text.splitlines())
    return meaning


def build(src, out):
    r = subprocess.run([migc, "build", str(src), "-o", str(out)], capture_output=True, text=True, timeout=300)
    return r.returncode, r.stderr


def report(ok, what, detail=""):
    global failures, passes
    if ok:
        passes += 1
    else:
        failures += 1
        print(f"FAIL: {what}\n" + "".join(f"  | {l}\n" for l in detail.splitlines()[:15]))


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    for example in sorted((root / "examples").iterdir()):
        main = example / "main.mig"
        if not main.exists():
            continue
        status, err = build(example, tmp / "ref")
        report(status == 0, f"{example.name}: the example builds", err)
        ref = normalized(tmp / "ref")
        items = split_items(main.read_text())
        variants = []
        for seed in (1, 2, 3):
            shuffled = items[:]
            random.Random(seed).shuffle(shuffled)
            variants.append((f"shuffle {seed}", {"main.mig": "".join(shuffled)}))
        # Params and lets in their own file, named to sort before and after main.
        decls = [i for i in items if i.lstrip().split(" ")[0] in ("param", "let") or
                 any(l.startswith(("param ", "let ")) for l in i.splitlines())]
        rest = [i for i in items if i not in decls]
        variants.append(("params.mig after main.mig", {"main.mig": "".join(rest), "params.mig": "".join(decls)}))
        variants.append(("a_params.mig before main.mig", {"main.mig": "".join(rest), "a_params.mig": "".join(decls)}))
        for name, files in variants:
            src = tmp / "src"
            shutil.rmtree(src, ignore_errors=True)
            shutil.copytree(example, src)
            (src / "main.mig").unlink()
            for fname, text in files.items():
                (src / fname).write_text(text)
            shutil.rmtree(tmp / "out", ignore_errors=True)
            status, err = build(src, tmp / "out")
            report(status == 0, f"{example.name}: {name} builds", err)
            if status == 0:
                got = normalized(tmp / "out")
                diff = [k for k in sorted(set(ref) | set(got)) if ref.get(k) != got.get(k)]
                report(not diff, f"{example.name}: {name} gives the same outputs up to order", "differs: " + ", ".join(diff))

print(f"{passes} passed, {failures} failed")
sys.exit(1 if failures else 0)
