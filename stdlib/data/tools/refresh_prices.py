#!/usr/bin/env python3
"""prices.json <- AWS price-list offer files (on-demand terms), where they are at hand.

AWS publishes its list prices as offer files, one per service and region:
  https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<OfferCode>/current/<region>/index.json
This script reads such files from a folder (it never downloads: migc's machines
have no network; fetch them where you have one) and rewrites the rows of
stdlib/data/prices.json it can match, each with the offer file as its source and
the file's publicationDate as the day read. Rows it cannot match stay as they
are, with their own source and date. Run twice on the same files: same bytes.

Usage: refresh_prices.py --offers DIR [--check]
  DIR holds <OfferCode>/<region>/index.json (AmazonRDS, AmazonEC2, AmazonECS,
  AWSELB, awskms, AWSSecretsManager, AmazonCloudWatch, AmazonVPC).
  --check only reports the rows whose price differs from the offer files.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRICES = os.path.join(os.path.dirname(HERE), "prices.json")
URL = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/{offer}/current/{region}/index.json"

# Row id -> (offer code, a predicate on a product's attributes and its usage type).
MATCHERS = {
    "aurora-acu-hour": ("AmazonRDS", lambda a: a.get("usagetype", "").endswith("Aurora:ServerlessV2Usage")),
    "rds-gp3-gb-month": ("AmazonRDS", lambda a: a.get("volumeType") == "General Purpose-GP3"
                         and a.get("deploymentOption") == "Single-AZ" and a.get("databaseEngine") == "Any"),
    "nat-gateway-hour": ("AmazonEC2", lambda a: a.get("usagetype", "").endswith("NatGateway-Hours")),
    "public-ipv4-hour": ("AmazonVPC", lambda a: a.get("usagetype", "").endswith("PublicIPv4:InUseAddress")),
    "fargate-vcpu-hour": ("AmazonECS", lambda a: a.get("usagetype", "").endswith("Fargate-vCPU-Hours:perCPU")),
    "fargate-gb-hour": ("AmazonECS", lambda a: a.get("usagetype", "").endswith("Fargate-GB-Hours")),
    "alb-hour": ("AWSELB", lambda a: a.get("usagetype", "").endswith("LoadBalancerUsage")
                 and a.get("operation") == "LoadBalancing:Application"),
    "interface-endpoint-hour": ("AmazonVPC", lambda a: a.get("usagetype", "").endswith("VpcEndpoint-Hours")),
    "vpn-connection-hour": ("AmazonVPC", lambda a: a.get("usagetype", "").endswith("VPN-Usage-Hours:ipsec.1")),
    "alarm-month": ("AmazonCloudWatch", lambda a: a.get("usagetype", "").endswith("CW:AlarmMonitorUsage")),
    "dashboard-month": ("AmazonCloudWatch", lambda a: a.get("usagetype", "").endswith("DashboardsUsageHour-Basic")),
}


def on_demand_usd(offer, sku):
    for term in offer.get("terms", {}).get("OnDemand", {}).get(sku, {}).values():
        for dim in term["priceDimensions"].values():
            if dim.get("beginRange", "0") == "0":
                return float(dim["pricePerUnit"]["USD"])
    return None


def price_of(offers_dir, row_id, region, cache):
    offer_code, match = MATCHERS[row_id]
    path = os.path.join(offers_dir, offer_code, region, "index.json")
    if not os.path.exists(path):
        return None
    if path not in cache:
        with open(path, encoding="utf-8") as fh:
            cache[path] = json.load(fh)
    offer = cache[path]
    for sku, product in sorted(offer.get("products", {}).items()):
        if match(product.get("attributes", {})):
            usd = on_demand_usd(offer, sku)
            if usd is not None:
                return usd, offer.get("publicationDate", "")[:10], URL.format(offer=offer_code, region=region)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--offers", required=True)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    with open(PRICES, encoding="utf-8") as fh:
        table = json.load(fh)
    cache, changed = {}, 0
    for row in table["rows"]:
        if row["id"] not in MATCHERS or row["region"] == "*":
            continue
        found = price_of(args.offers, row["id"], row["region"], cache)
        if not found:
            continue
        usd, published, url = found
        if usd == row["usd"]:
            continue
        changed += 1
        print(f"{row['id']}@{row['region']}: {row['usd']} -> {usd} ({url}, {published})")
        if not args.check:
            key = f"offer-{row['id']}-{row['region']}"
            table["sources"][key] = {"url": url, "read": published, "says": f"on-demand {usd} USD per {row['unit']}"}
            row["usd"], row["source"] = usd, key
    if args.check:
        return 1 if changed else 0
    with open(PRICES, "w", encoding="utf-8") as fh:
        json.dump(table, fh, indent=2)
        fh.write("\n")
    print(f"{changed} rows changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
