"""Shared helpers for the stdlib/data extractors (python3 stdlib + cfnlint only).

Every table is a JSON object whose first key is "_meta" ({source, retrieved, notes});
data keys are lowercase so that sort_keys keeps "_meta" first. Output is deterministic:
sorted keys, 2-space indent, trailing newline, no timestamps other than RETRIEVED.
"""
import gzip
import importlib
import importlib.util
import json
import os
import re
import sys

RETRIEVED = "2026-11-21"  # fixed, so that re-running the extractors is byte-identical
HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.dirname(HERE)


def cfnlint_dir():
    import cfnlint
    return os.path.dirname(cfnlint.__file__)


def cfnlint_version():
    import cfnlint.version
    return cfnlint.version.__version__


def cfnlint_json(relpath):
    """Load cfnlint/data/<relpath>; returns (data, 'cfn-lint <ver>: cfnlint/data/<relpath>')."""
    with open(os.path.join(cfnlint_dir(), "data", relpath), encoding="utf-8") as fh:
        return json.load(fh), f"cfn-lint {cfnlint_version()} (pip): cfnlint/data/{relpath}"


def cfn_resource_schema(type_name, region="us_east_1"):
    """Raw CloudFormation registry schema as shipped by cfn-lint for one region.

    cfn-lint 1.x stores schemas content-addressed: cfnlint/data/schemas/providers/<region>.py
    maps the type name to a hash, the schema is cfnlint/data/schemas/resources/<hash>.json.
    """
    mod = importlib.import_module(f"cfnlint.data.schemas.providers.{region}")
    h = mod.types[type_name]
    rel = f"schemas/resources/{h}.json"
    data, _ = cfnlint_json(rel)
    return data, f"cfn-lint {cfnlint_version()} (pip): cfnlint/data/{rel} ({type_name}, providers/{region}.py)"


def pointer(doc, ptr):
    for part in ptr.strip("/").split("/"):
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def botocore_model(service):
    """botocore service-2 model, located without importing botocore (read as data).

    Returns (model, 'botocore <ver>: botocore/data/<svc>/<apiver>/service-2.json.gz').
    """
    spec = importlib.util.find_spec("botocore")
    if spec is None or not spec.origin:
        sys.exit("botocore is not installed: cannot read the AWS API model")
    root = os.path.dirname(spec.origin)
    with open(os.path.join(root, "__init__.py"), encoding="utf-8") as fh:
        ver = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", fh.read()).group(1)
    sdir = os.path.join(root, "data", service)
    api = sorted(os.listdir(sdir))[-1]
    for fn in ("service-2.json.gz", "service-2.json"):
        path = os.path.join(sdir, api, fn)
        if os.path.exists(path):
            opener = gzip.open if fn.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as fh:
                return json.load(fh), f"botocore {ver} (pip): botocore/data/{service}/{api}/{fn}"
    sys.exit(f"no service-2 model for {service}")


def natural_key(s):
    """Sort key for versions/instance sizes: '15.10' after '15.9', 'db.r5.2xlarge' after 'db.r5.xlarge'."""
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", str(s)) if t != ""]


def meta(source, notes):
    return {"notes": notes, "retrieved": RETRIEVED, "source": source}


def write_table(name, data):
    """Write stdlib/data/<name> deterministically; returns the path."""
    assert "_meta" in data and all(k == "_meta" or k[0].islower() for k in data), name
    path = os.path.join(DATA_DIR, name)
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {os.path.relpath(path, os.path.dirname(os.path.dirname(DATA_DIR)))}")
    return path
