#!/usr/bin/env python3
"""`terraform plan` refuses a param value the resource names it reaches cannot take.

quickstart's `suffix` ends its DB cluster identifier `db-cluster-${suffix}` (at most 63 characters,
letters, digits and '-', no '--'), so migc writes a `validation` block on the variable
(backends/lower/param_constraints.h). This builds the example's Terraform, initialises it from the
oracles' offline provider mirror (../shared/oracles/lib/tf_check.py: its cached provider directory), and
runs `terraform plan` with values that break the constraint (one character too long; an underscore;
a double hyphen) and one that keeps it: the first three must fail with the constraint's message
before anything reaches AWS, the last must not fail on the variable (the plan then stops at the
provider, which has no AWS to talk to; that is not judged).

usage: param_constraint_plan.py MIGC EXAMPLE_DIR ORACLES_DIR
exit:  0 as expected · 1 not · 77 skipped (terraform or the oracle's provider mirror missing)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

NAME = "roundtrip/param-constraint-plan"


def skip(why):
    print(f"SKIPPED: {NAME}: {why}")
    sys.exit(77)


def plan(tf_check, work, value):
    env = tf_check.env()
    # Fake credentials and no metadata lookups: the provider must not find a real account.
    env.update(AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_EC2_METADATA_DISABLED="true",
               AWS_MAX_ATTEMPTS="1", AWS_RETRY_MODE="standard")
    p = subprocess.run([tf_check.TERRAFORM, "plan", "-input=false", "-no-color", "-refresh=false", "-lock=false",
                        f"-var=suffix={value}"], cwd=work, env=env, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout + p.stderr


def main():
    migc, example, oracles = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    lib = os.path.join(oracles, "lib")
    if not shutil.which("terraform"):
        skip("terraform is not on PATH")
    if not os.path.exists(os.path.join(lib, "tf_check.py")):
        skip(f"no tf-check oracle in {oracles}")
    sys.path.insert(0, lib)
    import tf_check  # noqa: E402  (the oracle's own code: its env and cached provider directory)
    if not tf_check.MIRROR:
        skip("no hashicorp/aws provider mirror")
    with tempfile.TemporaryDirectory(prefix="param-plan.") as tmp:
        out = os.path.join(tmp, "out")
        b = subprocess.run([migc, "build", example, "-o", out, "--target", "terraform"], capture_output=True, text=True)
        if b.returncode != 0:
            print(f"FAIL: {NAME}: migc build failed:\n{b.stdout}{b.stderr}")
            return 1
        work = os.path.join(out, "terraform")
        variables = open(os.path.join(work, "variables.tf")).read()
        length = re.search(r"length\(var\.suffix\) <= (\d+)", variables)
        if not length:
            print(f"FAIL: {NAME}: variables.tf has no length validation for suffix:\n{variables}")
            return 1
        room = int(length.group(1))
        base = tf_check.ensure_cache()
        os.makedirs(os.path.join(work, ".terraform"), exist_ok=True)
        os.symlink(os.path.join(base, ".terraform", "providers"), os.path.join(work, ".terraform", "providers"))
        shutil.copy2(os.path.join(base, ".terraform.lock.hcl"), os.path.join(work, ".terraform.lock.hcl"))
        failures = []
        for value, refused in (("a" * (room + 1), True), ("dev_1", True), ("dev--1", True), ("a" * room, False),
                               ("dev-1", False)):
            status, text = plan(tf_check, work, value)
            said = "Invalid value for variable" in text and "Resource names take suffix" in text
            if refused and (status == 0 or not said):
                failures.append(f"suffix={value!r} ({len(value)} characters) was not refused by the validation:\n{text}")
            if not refused and "Invalid value for variable" in text:
                failures.append(f"suffix={value!r} ({len(value)} characters) was refused:\n{text}")
            print(f"suffix={value!r}: {'refused' if said else 'accepted'} (terraform plan exit {status})")
        for f in failures:
            print(f"FAIL: {NAME}: {f}")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
