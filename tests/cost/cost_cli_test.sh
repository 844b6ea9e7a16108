#!/usr/bin/env bash
# `migc cost` and the budget rule (MIG5055): the arithmetic of a small
# program pinned line by line, every priced line traceable to a price row
# with its source and date, regions priced only from their own rows, the
# per-region table of seed 002 (examples/global-oracle), the budget's failing
# and passing case, and the usage errors.
# Usage: cost_cli_test.sh MIGC SOURCE_DIR
set -uo pipefail
migc="$1" src="$2"
# shellcheck source=../cli/lib.sh
source "$src/tests/cli/lib.sh"
cli_setup
prices="$src/stdlib/data/prices.json"

# --- a small program in us-east-1: each figure by hand from prices.json ---
mkdir -p "$tmp/small"
cp "$tmp/migc.json" "$tmp/small/"
cat >"$tmp/small/main.mig" <<'MIG'
migration "small" { region = "us-east-1" }
param create_topic: bool = false
network main { zones = 2; public_subnets = true; nat = single }
key data {}
secret admin { username = "dbadmin"; key = data }
cluster db {
  engine = aurora_postgresql("16.4"); network = main; credentials = admin; key = data; readers = 0
  serverless { min_capacity = 0.5; max_capacity = 2 }
}
topic alerts when create_topic { key = data }
alarm cpu { watch = db.cpu; above = 80% }
MIG
expect 0 "cost --format json" -- "$migc" cost "$tmp/small" --format json
python3 - "$tmp/out" "$prices" <<'PY' && pass=$((pass + 1)) || { echo "FAIL: the small program's arithmetic"; failures=$((failures + 1)); }
import json, sys
e = json.load(open(sys.argv[1]))
table = json.load(open(sys.argv[2]))
rows = {(r["id"], r["region"]): r for r in table["rows"]}
lines = [l for r in e["regions"] for l in r["lines"]]
got = {(l["resource"], l["dimension"]): (l["low"], l["high"]) for l in lines if l["priced"]}
# 730 hours a month: NAT 730 x 0.045, its address 730 x 0.005, one key, one
# secret, one alarm, the writer at 0.5-2 ACU x 730 h x 0.12.
want = {
    ("main_nat_ip", "public IPv4 address"): (3.65, 3.65),
    ("main_nat", "NAT gateway"): (32.85, 32.85),
    ("data_key", "customer managed key"): (1.0, 1.0),
    ("admin_secret", "secret"): (0.4, 0.4),
    ("db_instance_1", "Serverless v2 capacity"): (43.8, 175.2),
    ("cpu_alarm", "alarm"): (0.1, 0.1),
}
assert got == want, f"lines: {got}"
assert e["total"]["low"] == 81.8 and e["total"]["high"] == 213.2, e["total"]
# Every priced line: quantity x the row's price, the row from the line's own region or "*".
for l in lines:
    if not l["priced"]: continue
    row = rows[(l["row"], l["price_region"])]
    assert l["price_region"] in ("*", "us-east-1"), l
    assert abs(l["low"] - round(row["usd"] * l["quantity_low"], 2)) < 0.005, l
ids = {(r["id"], r["region"]) for r in e["price_rows"]}
assert all(r["source"].startswith("https://") and len(r["read"]) == 10 for r in e["price_rows"]), e["price_rows"]
assert e["not_created"] == [{"declaration": "alerts", "resource": "alerts_topic", "when": "create_topic"}], e["not_created"]
assert any(u["what"].startswith("storage consumed") for u in e["usage"]), e["usage"]
PY
expect 0 "cost (text)" -- "$migc" cost "$tmp/small"
contains out '^Total: \$81\.80 - \$213\.20 a month' "the text total"
contains out 'db_instance_1 +Serverless v2 capacity +\$43\.80 - \$175\.20  365-1460 ACU-hour x \$0\.12/ACU-hour \[aurora-acu-hour@us-east-1\]' "a line names its quantity, price and row"
contains out '^  \[aurora-acu-hour@us-east-1\] \$0\.12/ACU-hour .*https://.*, read 20[0-9]{2}-[0-9]{2}-[0-9]{2}$' "the row's source and date"
contains out '^Usage-dependent, not estimated:' "usage-dependent items are listed"
expect 0 "deterministic" -- "$migc" cost "$tmp/small"
cp "$tmp/out" "$tmp/first"
expect 0 "deterministic (again)" -- "$migc" cost "$tmp/small"
check 'cmp -s "$tmp/first" "$tmp/out"' "two runs print the same bytes"

# --- a region without rows: not priced, never another region's price ---
sed 's/region = "us-east-1"/region = "eu-west-1"/' "$tmp/small/main.mig" >"$tmp/eu.mig"
mkdir -p "$tmp/eu" && mv "$tmp/eu.mig" "$tmp/eu/main.mig" && cp "$tmp/migc.json" "$tmp/eu/"
expect 0 "cost in eu-west-1" -- "$migc" cost "$tmp/eu"
contains out 'main_nat +NAT gateway +- +730 hour: not priced \(no price row nat-gateway-hour for eu-west-1\)' "no row, no price"
contains out '^Total: \$1\.40 a month' "only the region-free rows (key, secret) count"
contains out '^Not priced \(4 dimensions; the total is a lower bound\):' "the unpriced are counted"

# --- seed 002: a table per region and a total ---
expect 0 "cost global-oracle" -- "$migc" cost "$src/examples/global-oracle"
for r in us-east-1 eu-west-1 ap-southeast-1; do
  contains out "^$r\$" "a table for $r"
  contains out "^  subtotal $r " "a subtotal for $r"
done
contains out '^Total: \$[0-9,]+\.[0-9]{2} - \$[0-9,]+\.[0-9]{2} a month' "a total"
python3 - "$tmp/out" <<'PY' && pass=$((pass + 1)) || { echo "FAIL: every priced line names a listed row"; failures=$((failures + 1)); }
import re, sys
text = open(sys.argv[1]).read()
used = set(re.findall(r"\[([a-z0-9-]+@[a-z0-9*-]+)\]$", text, re.M))
listed = set(re.findall(r"^  \[([a-z0-9-]+@[a-z0-9*-]+)\] .* read \d{4}-\d{2}-\d{2}$", text, re.M))
assert used and used == listed, (used, listed)
PY

# --- the budget (MIG5055): over it, within it ---
printf '{ "baseline": "none", "rules": { "monthly-budget": "warning" } }\n' >"$tmp/small/migc.json"
sed -i 's/migration "small" { region = "us-east-1" }/migration "small" { region = "us-east-1"; monthly_budget = 50USD }/' "$tmp/small/main.mig"
expect 0 "over budget (a warning)" -- "$migc" check "$tmp/small" --color never
contains err 'warning\[MIG5055\]: migration small costs at least \$81\.80 a month at list prices, over its monthly_budget of \$50\.00' "the budget warning"
contains err 'note: \$43\.80 a month: db: db_instance_1 Serverless v2 capacity' "the largest item first"
sed -i 's/monthly_budget = 50USD/monthly_budget = 500USD/' "$tmp/small/main.mig"
expect 0 "within budget" -- "$migc" check "$tmp/small" --color never
lacks err 'MIG5055' "no warning within the budget"
sed -i 's/monthly_budget = 500USD/monthly_budget = 500/' "$tmp/small/main.mig"
expect 1 "a budget without a unit" -- "$migc" check "$tmp/small" --color never
contains err 'error\[MIG[0-9]+\].*amount of money' "a number is not money"

# --- errors and usage ---
mkdir -p "$tmp/bad" && cp "$tmp/migc.json" "$tmp/bad/"
printf 'migration "b" { region = "us-east-1" }\ncluster db { network = nowhere }\n' >"$tmp/bad/main.mig"
expect 1 "a program with errors" -- "$migc" cost "$tmp/bad" --color never
check '[ ! -s "$tmp/out" ]' "no estimate for a program with errors"
cp -r "$src/stdlib" "$tmp/stdlib"
printf '{"_meta": {"currency": "EUR", "hours_per_month": 730}, "sources": {}, "rows": []}\n' >"$tmp/stdlib/data/prices.json"
expect 2 "a malformed price table" -- "$migc" cost "$tmp/eu" --stdlib "$tmp/stdlib"
contains err 'prices\.json: currency must be USD' "names the table and the problem"
expect 2 "an unknown format" -- "$migc" cost "$tmp/eu" --format csv
cli_finish cost_cli_test
