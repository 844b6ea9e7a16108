#!/usr/bin/env python3
"""Deploy trial of one example: build its Terraform with migc and apply it into the moto AWS emulator
through ../shared/oracles/moto-deploy (`moto-deploy tf DIR --json --var-file F`).

What the example expects to exist already (a Route 53 hosted zone, an ACM certificate) is created with
boto3 against the same moto endpoint, once moto-deploy has started it and before `terraform apply`; the ids
go to Terraform in the var file. moto-deploy's CLI cannot run a step between the two, so this script calls
its entry point (`moto_deploy.main`, the same arguments) in-process with that one step added.

Every resource must come out OK. The only accepted failures are moto's documented gaps (MOTO_GAPS below,
each with the resource type, the status and the AWS error it shows, and why).

usage: deploy_trial.py MIGC EXAMPLE_DIR ORACLES_DIR [--outside-slice]
exit:  0 all OK or accepted gaps · 1 a failure · 77 skipped (terraform, moto, boto3 or the oracle missing;
       or --outside-slice, the trials the suite leaves to scripts/deploy-trials.sh, without MIGC_DEPLOY_ALL=1)
"""
import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Every variable without a default gets a value a user could deploy with; `suffix` is an environmentSuffix
# of the usual short form (moto-deploy's own dummy, `motodummy1`, is 10 characters).
BASE_VARS = {"suffix": "trial"}
# The options an example leaves off by default, turned on so that what they create is tried too.
OPTION_VARS = {"global-oracle": {"create_dms": True, "create_vpn": True}}

# (resource type, status, error pattern, why it is not a migc defect)
MOTO_GAPS = [
    ("aws_backup_selection", "failed", r"CreateBackupSelection",
     "moto 5.2 does not implement backup:CreateBackupSelection (NotImplementedError, HTTP 500)"),
    ("aws_dms_event_subscription", "failed", r"CreateEventSubscription",
     "moto 5.2 does not implement dms:CreateEventSubscription (NotImplementedError, HTTP 500)"),
    ("aws_appautoscaling_target", "failed", r"ListTagsForResource",
     "moto 5.2 does not implement application-autoscaling:ListTagsForResource, which the provider calls "
     "after creating a tagged target (HTTP 500)"),
    ("aws_appautoscaling_policy", "not-attempted", r"dependency failed",
     "depends on its aws_appautoscaling_target, which moto cannot read back (row above)"),
    ("aws_vpn_connection_route", "failed", r"CreateVpnConnectionRoute.*StatusCode: 500",
     "moto 5.2 does not implement ec2:CreateVpnConnectionRoute (HTTP 500)"),
    ("aws_vpn_gateway_route_propagation", "failed", r"EnableVgwRoutePropagation.*StatusCode: 500",
     "moto 5.2 does not implement ec2:EnableVgwRoutePropagation (HTTP 500)"),
]


def seed_hosted_zone_and_certificate(url):
    """mgn-java: the zone that holds api.corp.example.com and its ACM certificate exist before the program."""
    import boto3
    kw = dict(endpoint_url=url, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
    zone = boto3.client("route53", **kw).create_hosted_zone(Name="corp.example.com", CallerReference="deploy-trial")
    cert = boto3.client("acm", **kw).request_certificate(DomainName="api.corp.example.com", ValidationMethod="DNS")
    return {"zone_id": zone["HostedZone"]["Id"].split("/")[-1], "certificate_arn": cert["CertificateArn"]}


SEEDS = {"mgn-java": seed_hosted_zone_and_certificate}


def two_stacks(terraform, work, variables):
    """Two stacks of the program, suffixed apart, and the account's bootstrap (where the build wrote one), applied
    together into one account: what a second CI stack does. Account-wide names inside a stack fail here (IAM EntityAlreadyExists).
    The copies leave out their providers.tf: a module inherits the root's provider, which moto-deploy points at
    moto (it rewrites only the root's provider blocks)."""
    root = os.path.join(work, "account")
    ignore = shutil.ignore_patterns("bootstrap", "providers.tf")
    modules = {}
    if os.path.isdir(os.path.join(terraform, "bootstrap")):
        shutil.copytree(os.path.join(terraform, "bootstrap"), os.path.join(root, "bootstrap"), ignore=ignore)
        modules["account"] = {"source": "./bootstrap"}
    for stack, suffix in (("first", variables["suffix"]), ("second", variables["suffix"] + "2")):
        shutil.copytree(terraform, os.path.join(root, stack), ignore=ignore)
        modules[stack] = dict(variables, source=f"./{stack}", suffix=suffix)
    # HCL, not .tf.json: moto-deploy runs `terraform init` (which installs modules) only when it sees a module block.
    with open(os.path.join(root, "main.tf"), "w") as f:
        for name, args in modules.items():
            f.write(f'module "{name}" {{\n' + "".join(f"  {k} = {json.dumps(v)}\n" for k, v in args.items()) + "}\n")
    json.dump({}, open(os.path.join(work, "trial.tfvars.json"), "w"))  # the modules take the values
    return root


def aliased(terraform):
    """Providers of several regions: modules would need them passed in; such a program deploys as one stack."""
    return "alias" in open(os.path.join(terraform, "providers.tf")).read()


def skip(name, why):
    print(f"SKIPPED: {name}: {why}")
    sys.exit(77)


def accepted(resource):
    for rtype, status, pattern, why in MOTO_GAPS:
        if resource["type"] == rtype and resource["status"] == status and re.search(pattern, resource.get("error", "")):
            return why
    return None


def main():
    migc, example, oracles = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    example_name = os.path.basename(example)
    name = f"deploy/{example_name}"
    if "--outside-slice" in sys.argv[4:] and os.environ.get("MIGC_DEPLOY_ALL") != "1":
        skip(name, "outside the suite's slice of deploy trials; scripts/deploy-trials.sh runs it (MIGC_DEPLOY_ALL=1)")
    lib = os.path.join(oracles, "lib")
    if not os.path.exists(os.path.join(lib, "moto_deploy.py")):
        skip(name, f"no moto-deploy oracle in {oracles}")
    if not shutil.which("terraform"):
        skip(name, "terraform is not on PATH")
    for module in ("moto", "boto3", "yaml"):
        try:
            __import__(module)
        except ImportError:
            skip(name, f"python module {module} is missing")
    sys.path.insert(0, lib)
    import moto_deploy  # noqa: E402  (the oracle's own code, unmodified)

    work = tempfile.mkdtemp(prefix="migc-deploy.")
    try:
        build = subprocess.run([migc, "build", example, "-o", os.path.join(work, "out"), "--target", "terraform",
                                "--color=never"], capture_output=True, text=True)
        if build.returncode != 0:
            print(build.stdout + build.stderr)
            print(f"FAIL: {name}: migc build failed")
            return 1
        var_file = os.path.join(work, "trial.tfvars.json")
        variables = dict(BASE_VARS, **OPTION_VARS.get(example_name, {}))
        json.dump(variables, open(var_file, "w"))
        seed = SEEDS.get(example_name)
        root = os.path.join(work, "out", "terraform")
        if not seed and not aliased(root):
            root = two_stacks(root, work, variables)
        if seed:
            started = moto_deploy.Moto.__init__

            def start_and_seed(self, *a, **kw):
                started(self, *a, **kw)
                variables.update(seed(self.url))
                json.dump(variables, open(var_file, "w"))
            moto_deploy.Moto.__init__ = start_and_seed
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            moto_deploy.main(["tf", root, "--json", "--timeout", "600",
                              "--var-file", var_file])
        report = json.loads(out.getvalue())
    finally:
        shutil.rmtree(work, ignore_errors=True)

    bad, gaps = [], []
    for r in report["resources"]:
        if r["status"] == "ok":
            continue
        why = accepted(r)
        (gaps if why else bad).append((r, why))
    counts = {}
    for r in report["resources"]:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    seeded = sorted(set(variables) - set(BASE_VARS) - set(OPTION_VARS.get(example_name, {})))
    print(f"{name}: {len(report['resources'])} resources, " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) +
          f" ({report.get('seconds')} s)" + (f"; seeded {', '.join(seeded)}" if seeded else ""))
    for r, why in gaps:
        print(f"  accepted  {r['status']:<14} {r['address']}: moto gap: {why}")
    # What failed first; what it stopped (not attempted) as one line when something did fail.
    failed = [r for r, _ in bad if r["status"] != "not-attempted"]
    stopped = [r for r, _ in bad if r["status"] == "not-attempted"]
    for r in failed:
        print(f"  FAILED    {r['status']:<14} {r['address']}: {r.get('error', '')[:800]}")
    if failed and stopped:
        print(f"  and {len(stopped)} resources not attempted: " + ", ".join(r["address"] for r in stopped[:8]) +
              (" ..." if len(stopped) > 8 else ""))
    elif stopped:
        for r in stopped:
            print(f"  FAILED    not-attempted  {r['address']}: {r.get('error', '')}")
    for e in report["errors"]:
        print(f"  ERROR     {e[:1500]}")
    for line in report.get("moto_log_errors", []):
        print(f"  moto log: {line[:300]}")
    if bad or report["errors"] or not report["resources"]:
        print(f"FAIL: {name}: the Terraform does not deploy into moto (failures above are not moto's documented gaps)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
