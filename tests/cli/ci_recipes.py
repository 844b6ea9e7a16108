#!/usr/bin/env python3
"""The CI recipes run as written: their migc commands, taken from the files
themselves, on a starter program (`migc init`), with the built migc on PATH.

  ci_recipes.py pre-commit MIGC ROOT   .pre-commit-hooks.yaml: each hook's entry and args
  ci_recipes.py github MIGC ROOT SARIF_CHECK
                                       docs/ci/github-actions.yml: the steps that run migc
  ci_recipes.py gitlab MIGC ROOT       docs/ci/gitlab-ci.yml: the script (needs jq)

Exit 0 pass, 1 fail, 77 skipped (SKIPPED: NAME: reason)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

NAME = "ci-recipes"


def skip(reason):
    print(f"SKIPPED: {NAME}: {reason}")
    sys.exit(77)


try:
    import yaml
except ImportError:
    skip("python3-yaml is not installed")

failures = []


def fail(message):
    print(f"FAIL: {NAME}: {message}")
    failures.append(message)


def sh(command, cwd, env):
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def starter(migc, work, env):
    program = os.path.join(work, "program")
    subprocess.run([migc, "init", program], check=True, env=env, capture_output=True)
    return program


def pre_commit(migc, root, work, env):
    hooks = {h["id"]: h for h in yaml.safe_load(open(os.path.join(root, ".pre-commit-hooks.yaml")))}
    if set(hooks) != {"migc-fmt", "migc-check"}:
        fail(f"hooks are {sorted(hooks)}, expected migc-fmt and migc-check")
        return
    for hook in hooks.values():
        if hook.get("pass_filenames", True):
            fail(f"{hook['id']} passes file names; a program is a folder")
    program = starter(migc, work, env)

    def run(hook_id):
        hook = hooks[hook_id]
        return sh(" ".join([hook["entry"], *hook.get("args", [])]), program, env)

    for hook_id in hooks:
        r = run(hook_id)
        if r.returncode != 0:
            fail(f"{hook_id} fails on the starter program: {r.stderr}")
    # A second file of the same program: checked with its folder it is fine;
    # alone it would be a program without a migration block.
    with open(os.path.join(program, "extra.mig"), "w") as f:
        f.write("alarm db_writes { watch = db.cpu; above = 90%; for = 15m; notify = alerts }\n")
    r = run("migc-check")
    if r.returncode != 0:
        fail(f"migc-check fails on a two-file program: {r.stderr}")
    if sh("migc check extra.mig", program, env).returncode == 0:
        fail("checking one file of a two-file program alone passes; the folder test above proves nothing")
    # migc-fmt rewrites a file laid out by hand (pre-commit then reports the change).
    main = os.path.join(program, "main.mig")
    canonical = open(main).read()
    with open(main, "w") as f:
        f.write(canonical.replace("network main { zones = 2 }", "network   main {zones=2}"))
    r = run("migc-fmt")
    if r.returncode != 0 or open(main).read() != canonical:
        fail(f"migc-fmt did not restore the canonical layout: {r.stderr}")
    with open(os.path.join(program, "extra.mig"), "w") as f:
        f.write("alarm db_writes { watch = db.cpuu; above = 90%; notify = alerts }\n")
    r = run("migc-check")
    if r.returncode != 1 or "MIG" not in r.stderr:
        fail(f"migc-check exits {r.returncode} on a program with an error")


def github(migc, root, work, env, sarif_check):
    workflow = yaml.safe_load(open(os.path.join(root, "docs/ci/github-actions.yml")))
    job = workflow["jobs"]["migc"]
    env = dict(env, **{k: str(v) for k, v in workflow.get("env", {}).items()})
    steps = [s for s in job["steps"] if "run" in s and s["run"].lstrip().startswith("migc ")]
    if [s["name"] for s in steps] != ["Formatting", "Check", "Build"]:
        fail(f"the steps running migc are {[s['name'] for s in steps]}")
        return
    upload = [s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    if not upload or upload[0].get("if") != "success() || failure()":
        fail("the SARIF upload must run when the check fails too")
    program = starter(migc, work, env)
    for step in steps:
        r = sh(step["run"], program, env)
        if r.returncode != 0:
            fail(f"step {step['name']} fails on the starter program: {r.stderr}")
    sarif = os.path.join(program, upload[0]["with"]["sarif_file"]) if upload else ""
    if not os.path.exists(sarif) or subprocess.run([sarif_check, sarif]).returncode != 0:
        fail(f"the uploaded file {sarif} is not a valid SARIF log")
    try:
        lines = open(os.path.join(program, "build.json")).read().splitlines()
        summary = json.loads(lines[-1])["build"]
        if not summary["success"] or len(summary["targets"]) != 3 or not summary["files"]:
            fail(f"build.json does not report a successful build of three targets: {summary}")
    except (OSError, ValueError, KeyError, IndexError) as e:
        fail(f"build.json is not migc's build summary: {e}")
    # A program with an error: the check step fails and still writes the log.
    with open(os.path.join(program, "main.mig"), "a") as f:
        f.write("alarm broken { watch = db.cpuu; above = 80%; notify = alerts }\n")
    r = sh(steps[1]["run"], program, env)
    if r.returncode != 1 or subprocess.run([sarif_check, sarif], capture_output=True).returncode != 0:
        fail(f"the check step on a program with an error: exit {r.returncode}, or no valid SARIF log")


def gitlab(migc, root, work, env):
    if not shutil.which("jq"):
        skip("jq is not installed (the GitLab recipe converts migc's JSON lines with it)")
    job = yaml.safe_load(open(os.path.join(root, "docs/ci/gitlab-ci.yml")))["migc"]
    env = dict(env, **{k: str(v) for k, v in job.get("variables", {}).items()})
    program = starter(migc, work, env)
    script = "\n".join(job["script"])
    r = sh(script, program, env)
    if r.returncode != 0:
        fail(f"the script fails on the starter program: {r.stderr}")
    report = json.load(open(os.path.join(program, job["artifacts"]["reports"]["codequality"])))
    if report != []:
        fail(f"the Code Quality report of a clean program is not empty: {report}")
    with open(os.path.join(program, "main.mig"), "a") as f:
        f.write("alarm broken { watch = db.cpuu; above = 80%; notify = alerts }\n")
    r = sh(script, program, env)
    report = json.load(open(os.path.join(program, job["artifacts"]["reports"]["codequality"])))
    if r.returncode == 0 or not report or not {"description", "check_name", "fingerprint", "severity",
                                                "location"} <= set(report[0]):
        fail(f"a program with an error: exit {r.returncode}, Code Quality report {report}")


def main():
    recipe, migc, root = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    global NAME
    NAME = f"ci-recipes/{recipe}"
    env = dict(os.environ, PATH=os.path.dirname(migc) + os.pathsep + os.environ.get("PATH", ""))
    env.pop("MIGC_STDLIB", None)
    with tempfile.TemporaryDirectory() as work:
        if recipe == "pre-commit":
            pre_commit(migc, root, work, env)
        elif recipe == "github":
            github(migc, root, work, env, os.path.abspath(sys.argv[4]))
        elif recipe == "gitlab":
            gitlab(migc, root, work, env)
        else:
            sys.exit(f"usage: {sys.argv[0]} pre-commit|github|gitlab MIGC ROOT [SARIF_CHECK]")
    if failures:
        sys.exit(1)
    print(f"PASS: {NAME}")


if __name__ == "__main__":
    main()
