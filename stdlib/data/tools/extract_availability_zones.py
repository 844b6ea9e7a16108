#!/usr/bin/env python3
"""availability_zones.json <- the availability zones of each AWS region, as moto lists them.

moto (the AWS mock the oracles deploy to) keeps an explicit zone list for the regions whose zones are not
simply a, b, c (ca-central-1 is a, b, d; us-west-1 offers new accounts two) and invents a, b, c for every
other region. Only the explicit lists are taken as moto's word ("moto"); a region moto fills in by default
gets the zones confirmed here from the AWS documentation ("doc", list DOC_CONFIRMED) or is marked
"moto-default" so a consumer knows the letters are a guess. Zone *names* map to zone *ids* per account;
the count and the letters offered to new accounts are what a template can rely on.

Refresh: python3 stdlib/data/tools/extract_availability_zones.py
"""
import ast
import importlib.util
import json
import os

from _common import DATA_DIR, meta, write_table

RETRIEVED = "2026-12-07"

# Regions moto fills in with a, b, c whose three zones a second table confirms: the jsonmaur/aws-regions
# README (a third-party list kept from AWS's global-infrastructure pages), read through the search tool on
# the retrieval date. Regions it lists differently or not at all stay "moto-default".
CONFIRMED = {
    "af-south-1", "ap-east-1", "ap-northeast-3", "ap-southeast-1", "eu-central-1", "eu-north-1", "eu-south-1",
    "us-east-2", "us-gov-east-1", "us-gov-west-1",
}
CONFIRMED_SOURCE = "jsonmaur/aws-regions README table (third-party, from AWS global-infrastructure pages)"


def moto_zones_source():
    spec = importlib.util.find_spec("moto")
    if spec is None or not spec.origin:
        raise SystemExit("moto is not installed: cannot read its availability-zone table")
    root = os.path.dirname(spec.origin)
    path = os.path.join(root, "ec2", "models", "availability_zones_and_regions.py")
    from moto import __version__ as ver
    return path, f"moto {ver} (pip): moto/ec2/models/availability_zones_and_regions.py RegionsAndZonesBackend.zones"


def explicit_zones(path):
    """{region: [(name, zone_id)]} of the dict literal `zones = {...}` in moto's source (read, not run)."""
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "zones" for t in node.targets) \
                and isinstance(node.value, ast.Dict):
            out = {}
            for key, value in zip(node.value.keys, node.value.values):
                zones = []
                for call in value.elts:
                    kw = {k.arg: k.value.value for k in call.keywords}
                    zones.append((kw["name"], kw["zone_id"]))
                out[key.value] = zones
            return out
    raise SystemExit("moto's zone table was not found: its source changed shape")


def main():
    path, src = moto_zones_source()
    explicit = explicit_zones(path)
    with open(os.path.join(DATA_DIR, "aws_regions.json"), encoding="utf-8") as fh:
        known_regions = sorted(json.load(fh)["regions"])
    regions = {}
    for region in sorted(set(known_regions) | set(explicit)):
        if region in explicit:
            zones = explicit[region]
            regions[region] = {"source": "moto", "zones": [n for n, _ in zones], "zone_ids": [i for _, i in zones]}
        else:
            letters = ["a", "b", "c"]
            regions[region] = {"source": "confirmed" if region in CONFIRMED else "moto-default",
                               "zones": [region + x for x in letters]}
    notes = ("zones: the zone names a new account is offered, in order (the first N are what migc uses for N "
             "zones). source per region: 'moto' = moto's explicit per-region list (its maintainers' observation "
             "of real accounts); 'confirmed' = moto's default a/b/c, and the "
             "same three zones in the second source; 'moto-default' = moto's default a/b/c, not confirmed (an opt-in or "
             "partition region). Zone letters map to different physical zones (zone ids) per account; zone_ids "
             "are moto's example mapping, kept for reference. Some older accounts see more zones (us-west-1 "
             "three, ap-northeast-1 b): the table follows what new accounts get.")
    write_table("availability_zones.json", {"_meta": dict(meta(src + " + " + CONFIRMED_SOURCE, notes), retrieved=RETRIEVED),
                                            "regions": regions})


if __name__ == "__main__":
    main()
