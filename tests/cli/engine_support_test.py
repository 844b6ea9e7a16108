#!/usr/bin/env python3
"""docs/engines.md against `migc check`: for every engine function and role (source, cluster, database),
a small program using the engine in that role must check clean exactly when the table says "yes", and the
refusal must include the role check's code (MIG2121 for a source, MIG2080 for a database, MIG2151 for a
cluster), not only unrelated errors. The versions are ones stdlib/data/engine_versions.json lists, so the
version checks stay quiet. Usage: engine_support_test.py MIGC docs/engines.md"""
import re
import subprocess
import sys
import tempfile
import os

VERSIONS = {"aurora_postgresql": "16.4", "postgres": "16.6", "aurora_mysql": "8.0.mysql_aurora.3.08.0",
            "mysql": "8.0.42", "mariadb": "10.11.9", "oracle": "19", "sqlserver": "2019",
            "oracle_ee": "19", "oracle_se2": "19", "sqlserver_ee": "16.00.4245.2.v1",
            "sqlserver_se": "16.00.4245.2.v1", "sqlserver_ex": "16.00.4245.2.v1", "sqlserver_web": "16.00.4245.2.v1"}
# DMS encrypts an Oracle endpoint only with a verified CA (MIG2016 refuses `require`).
TLS = {"oracle": "verify_ca", "oracle_ee": "verify_ca", "oracle_se2": "verify_ca"}
# What a database of the engine must also say: Express and Web have no Multi-AZ standby (MIG2173).
DATABASE_EXTRA = {"sqlserver_ex": "; multi_az = false", "sqlserver_web": "; multi_az = false"}
REFUSAL = {"source": "MIG2121", "cluster": "MIG2151", "database": "MIG2080"}

HEAD = '''migration "engine-support" { region = "us-east-1" }
network main { onprem_cidrs = ["10.0.0.0/16"] }
secret master { username = "dbadmin"; password_length = 30 }
secret login { username = "replicator"; generate = false }
'''
ROLE = {
    "source": 'source s {{ engine = {e}; host = "db.corp.example"; database = "app"; credentials = login; tls = {tls} }}\n',
    "cluster": 'cluster c {{ engine = {e}; network = main; credentials = master }}\n',
    "database": 'database d {{ engine = {e}; network = main; credentials = master{extra} }}\n',
}


def main():
    migc, table = sys.argv[1], sys.argv[2]
    rows = []
    for line in open(table, encoding="utf-8"):
        m = re.match(r"\| `(\w+)\(\.\.\.\)` \| [^|]+ \| (yes|—) \| (yes|—) \| (yes|—) \|", line)
        if m:
            rows.append((m.group(1), dict(zip(["source", "cluster", "database"], [g == "yes" for g in m.groups()[1:]]))))
    if len(rows) < len(VERSIONS):
        print(f"FAIL: {table} has {len(rows)} engine rows, expected {len(VERSIONS)}")
        return 1
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        # The table is about engines and roles: the policy pass (tags, naming) is not its concern.
        with open(os.path.join(tmp, "migc.json"), "w", encoding="utf-8") as fh:
            fh.write('{ "baseline": "none" }\n')
        for fn, roles in rows:
            if fn not in VERSIONS:
                print(f"FAIL: no test version for engine function {fn}: add it to VERSIONS")
                failures += 1
                continue
            for role, supported in roles.items():
                path = os.path.join(tmp, f"{fn}-{role}.mig")
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(HEAD + ROLE[role].format(e=f'{fn}("{VERSIONS[fn]}")', tls=TLS.get(fn, "require"),
                                                      extra=DATABASE_EXTRA.get(fn, "")))
                r = subprocess.run([migc, "check", "--color", "never", path], capture_output=True, text=True)
                errors = re.findall(r"error\[(MIG\d+)\]", r.stderr)
                ok = r.returncode == 0 and not errors
                refused = r.returncode == 1 and REFUSAL[role] in errors
                if (supported and not ok) or (not supported and not refused):
                    print(f"FAIL: {fn} as a {role}: the table says {'yes' if supported else 'no'}, "
                          f"migc check exited {r.returncode}:\n{r.stderr}")
                    failures += 1
    print(f"{len(rows)} engines x 3 roles, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
