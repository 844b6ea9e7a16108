"""Each target's output, read back by an independent parser, as one neutral model.

A Stack is {"resources": {id: Resource}, "outputs": {name: leaves}, "params": set}, with ids
in the model's snake_case (each target's spelling mapped back through the names
model_facts prints). A Resource is {"type", "leaves"}: the multiset (Counter) of every
value it sets, whatever the property is called or nested in, each written neutrally:
numbers and booleans as text ("7", "true"), a reference to a resource as <ref:ID>, a
param as <param:NAME>, an interpolated string with those in place, and a target's own
spelling of the region, account and partition as <region>, <account>, <partition>.
Property names are not compared: the targets name and nest them differently
(that mapping is the name tables' job, checked by cfn-lint and the Pulumi schema),
while values are what a program states.
"""
import json
import re
from collections import Counter


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(int(v)) if float(v).is_integer() else repr(v)
    if isinstance(v, str) and re.fullmatch(r"-?\d+(\.\d+)?", v):
        return scalar(float(v))
    return v


class Names:
    """Each target's spelling of the model's resource and param ids."""

    def __init__(self, facts):
        self.cfn, self.pulumi, self.params_cfn, self.params_pulumi = {}, {}, {}, {}
        for r in facts["resources"]:
            self.cfn[r["cloudformation_id"]] = r["id"]
            self.pulumi[r["pulumi_id"]] = r["id"]
        for p in facts["params"]:
            self.params_cfn[p["cloudformation_id"]] = p["name"]
            self.params_pulumi[p["pulumi_id"]] = p["name"]


# The pseudo resource holding a stack's tables of constants (model::Table).
TABLES = "<tables>"

# ---------------------------------------------------------------- Terraform (hcl2json)

TF_REF = re.compile(r"\b(?:data\.|ephemeral\.)?aws_[a-z0-9_]+\.([a-z0-9_]+)(?:\[[^\]]*\])?(?:\.[a-z0-9_.]+)?")
TF_VAR = re.compile(r"\bvar\.([a-z0-9_]+)")
TF_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(<[a-z]+(?::[a-z0-9_]+)?>)|\b(true|false)\b|(?<![\w.])(-?\d+(?:\.\d+)?)\b')


def tf_expr(text, names_of_data):
    """Neutral leaves of the expression inside one ${...}."""
    text = TF_VAR.sub(lambda m: f"<param:{m.group(1)}>", text)
    text = TF_REF.sub(lambda m: names_of_data.get(m.group(1), f"<ref:{m.group(1)}>"), text)
    # A table row chosen by a param: local.t[var.p].c reads <lookup> and the param.
    text = re.sub(r"\blocal\.[a-z0-9_]+(?:\[([^\]]*)\])?(\.[a-z0-9_]+)?", lambda m: "<lookup>" + (m.group(1) or ""), text)
    if re.fullmatch(r"<[a-z]+(:[a-z0-9_]+)?>", text.strip()):
        return [text.strip()]
    leaves = []
    for m in TF_TOKEN.finditer(text):  # a function call (jsonencode, ...): its literal parts
        s, tag, b, n = m.groups()
        if s is not None:
            leaves.extend(tf_string(json.loads(f'"{s}"'), names_of_data))
        elif tag or b:
            leaves.append(tag or b)
        else:
            leaves.append(scalar(float(n)))
    return leaves


def interpolations(s):
    """(start, end) of each top-level ${...} in a Terraform template, braces and strings nested."""
    out, i = [], 0
    while True:
        i = s.find("${", i)
        if i < 0:
            return out
        depth, j, quoted = 0, i + 1, False
        while j < len(s):
            c = s[j]
            if quoted:
                if c == "\\":
                    j += 1
                elif c == '"':
                    quoted = False
            elif c == '"':
                quoted = True
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        out.append((i, j + 1))
        i = j + 1


def tf_string(s, names_of_data):
    spans = interpolations(s)
    if not spans:
        return json_leaves(s)
    if spans == [(0, len(s))]:
        return tf_expr(s[2:-1], names_of_data)
    out, last = "", 0
    for a, b in spans:
        out += s[last:a] + "".join(str(x) for x in tf_expr(s[a + 2:b - 1], names_of_data))
        last = b
    return [out + s[last:]]


def table_leaves(v, depth=2):
    """A table of constants (TF locals, CFN Mappings, the map of Pulumi's std:lookup): its
    row and column keys are values the program states (the phases of a cutover)."""
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if depth > 0:
                out.append(scalar(k))
            out.extend(table_leaves(x, depth - 1))
    elif isinstance(v, list):
        for x in v:
            out.extend(table_leaves(x, depth))
    elif v is not None:
        out.append(scalar(v))
    return out


def tf_leaves(v, names_of_data, out):
    if isinstance(v, dict):
        for item in v.values():
            tf_leaves(item, names_of_data, out)
    elif isinstance(v, list):
        for item in v:
            tf_leaves(item, names_of_data, out)
    elif isinstance(v, str):
        out.extend(tf_string(v, names_of_data))
    elif v is not None:
        out.append(scalar(v))


# Data sources that stand for the caller's account, region and partition.
TF_PSEUDO = {"aws_caller_identity": "<account>", "aws_region": "<region>", "aws_partition": "<partition>"}


def read_terraform(doc):
    data = {}
    for t, by_name in doc.get("data", {}).items():
        for name in by_name:
            if t in TF_PSEUDO:
                data[name] = TF_PSEUDO[t]
    resources = {}
    for block in ("resource", "ephemeral", "data"):
        for t, by_name in doc.get(block, {}).items():
            for name, bodies in by_name.items():
                if block == "data" and t in TF_PSEUDO:
                    continue
                leaves = []
                body = {k: v for k, v in bodies[0].items() if k not in ("provider", "depends_on", "lifecycle", "count")}
                tf_leaves(body, data, leaves)
                resources[name] = {"type": t, "leaves": Counter(leaves)}
    locals_ = {}
    blocks = doc.get("locals", {})  # hcl2json.js keeps each file's list under "0", "1", ...
    for block in blocks.values() if isinstance(blocks, dict) else blocks:
        locals_.update(block)
    resources[TABLES] = {"type": "tables", "leaves": Counter(table_leaves(locals_))}
    outputs = {}
    for name, bodies in doc.get("output", {}).items():
        leaves = []
        tf_leaves(bodies[0].get("value"), data, leaves)
        outputs[name] = Counter(leaves)
    return {"resources": resources, "outputs": outputs, "params": set(doc.get("variable", {}))}


# ---------------------------------------------------------------- CloudFormation (YAML)

CFN_PSEUDO = {"AWS::Region": "<region>", "AWS::AccountId": "<account>", "AWS::Partition": "<partition>",
              "AWS::URLSuffix": "<urlsuffix>", "AWS::StackName": "<stack>", "AWS::NoValue": None}


class CfnReader:
    def __init__(self, names, parameters):
        self.names, self.parameters = names, parameters

    def name(self, logical):
        logical = logical.split(".")[0]
        if logical in CFN_PSEUDO:
            return CFN_PSEUDO[logical]
        if logical in self.parameters:
            if logical not in self.names.params_cfn and logical.endswith("Id") and logical[:-2] in self.names.cfn:
                # Another region's resource, taken as a parameter (MIG3021): its id.
                return f"<ref:{self.names.cfn[logical[:-2]]}>"
            return f"<param:{self.names.params_cfn.get(logical, logical)}>"
        return f"<ref:{self.names.cfn.get(logical, logical)}>"

    def sub(self, text, variables):
        def one(m):
            var = m.group(1)
            if var in variables:
                leaves = self.leaves(variables[var])
                return "".join(leaves)
            return self.name(var) or ""
        return re.sub(r"\$\{([^}!]*)\}", one, text).replace("${!", "${")

    def leaves(self, v):
        out = []
        if isinstance(v, dict) and len(v) == 1:
            (k, arg), = v.items()
            if k == "Ref":
                n = self.name(arg)
                return [n] if n else []
            if k == "Fn::GetAtt":
                return [self.name(arg[0] if isinstance(arg, list) else arg)]
            if k == "Fn::Sub":
                text, variables = (arg, {}) if isinstance(arg, str) else (arg[0], arg[1])
                return json_leaves(self.sub(text, variables))
            if k == "Fn::Join":
                return json_leaves("".join(str(x) for x in sum((self.leaves(p) for p in arg[1]), [])))
            if k == "Fn::Select" and isinstance(arg[1], dict) and "Fn::GetAZs" in arg[1]:
                return [f"<az:{arg[0]}>"]
            if k == "Fn::FindInMap":  # the row is chosen by a param: <lookup> and the param
                return ["<lookup>"] + (self.leaves(arg[1]) if isinstance(arg[1], dict) else [])
            if k == "Fn::If":
                return self.leaves(arg[1])
        nested = containers(v, self.leaves)
        if nested is not None:
            return nested
        if isinstance(v, str):
            out.extend(json_leaves(v))
        elif v is not None:
            out.append(scalar(v))
        return out


def json_leaves(text):
    """A JSON document CloudFormation writes as a string (DMS settings, a dashboard body,
    a policy) read as the values it holds, as Terraform's jsonencode() and Pulumi's
    fn::toJSON are."""
    if isinstance(text, str) and text[:1] in ("{", "[") and not text.startswith("{{resolve:"):
        try:
            doc = json.loads(text)
        except ValueError:
            return [scalar(text)]

        def visit(x):
            nested = containers(x, visit)
            return nested if nested is not None else [] if x is None else [scalar(x)]
        return visit(doc)
    return [scalar(text)]


def containers(v, leaves):
    """The leaves of a dict's values or a list's items, each read by `leaves`; None for a scalar."""
    if isinstance(v, dict):
        return [x for item in v.values() for x in leaves(item)]
    if isinstance(v, list):
        return [x for item in v for x in leaves(item)]
    return None


def read_cloudformation(templates, names):
    resources, outputs, params = {TABLES: {"type": "tables", "leaves": Counter()}}, {}, set()
    for doc in templates:
        resources[TABLES]["leaves"].update(table_leaves(doc.get("Mappings", {})))
        parameters = doc.get("Parameters", {})
        params |= {names.params_cfn.get(p, p) for p in parameters}
        reader = CfnReader(names, parameters)
        for logical, r in doc.get("Resources", {}).items():
            resources[names.cfn.get(logical, logical)] = {
                "type": r["Type"], "leaves": Counter(reader.leaves(r.get("Properties", {})))}
        for name, o in doc.get("Outputs", {}).items():
            outputs[name] = Counter(reader.leaves(o["Value"]))
    return {"resources": resources, "outputs": outputs, "params": params}


# ---------------------------------------------------------------- Pulumi (YAML)

class PulumiReader:
    def __init__(self, names, config, variables, lookup_keys=None):
        self.names, self.config, self.variables = names, config, variables
        self.lookup_keys = lookup_keys or {}  # a std:lookup variable -> the leaves of its key

    def name(self, var):
        head = var.split(".")[0].split("[")[0]
        if head in self.config:
            return f"<param:{self.names.params_pulumi.get(head, head)}>"
        if head in self.variables:
            return self.variables[head]
        return f"<ref:{self.names.pulumi.get(head, head)}>"

    def string(self, s):
        whole = re.fullmatch(r"\$\{([^}]*)\}", s)
        if whole:
            return self.name(whole.group(1))
        return scalar(re.sub(r"\$\{([^}]*)\}", lambda m: self.name(m.group(1)), s))

    def leaves(self, v):
        if isinstance(v, dict) and len(v) == 1:
            (k, arg), = v.items()
            if k == "fn::toJSON":
                return self.leaves(arg)
            if k == "fn::fileArchive":
                return [scalar(arg)]  # the zip's path, as Terraform's filename and CloudFormation's Code
        nested = containers(v, self.leaves)
        if nested is not None:
            return nested
        out = []
        if isinstance(v, str):
            out.extend(json_leaves(self.string(v)))
            # A table row chosen by a param: <lookup> and the param, as Terraform writes it.
            for var in re.findall(r"\$\{([A-Za-z0-9_]+)\.", v):
                out.extend(self.lookup_keys.get(var, []))
        elif v is not None:
            out.append(scalar(v))
        return out


# Functions that stand for the caller's account, region and partition.
PULUMI_PSEUDO = {"getCallerIdentity": "<account>", "getRegion": "<region>", "getPartition": "<partition>"}


def read_pulumi(doc, names):
    config = {k for k in doc.get("config", {}) if ":" not in k}
    variables, invokes, tables, keys = {}, {}, Counter(), {}
    for name, v in doc.get("variables", {}).items():
        fn = v.get("fn::invoke", {}).get("function", "") if isinstance(v, dict) else ""
        pseudo = next((p for f, p in PULUMI_PSEUDO.items() if fn.endswith(":" + f)), None)
        if pseudo:
            variables[name] = pseudo
        elif fn == "std:lookup":
            tables.update(table_leaves(v["fn::invoke"]["arguments"]["map"]))
            variables[name] = "<lookup>"
            keys[name] = v["fn::invoke"]["arguments"].get("key")
        elif fn:
            invokes[name] = v["fn::invoke"].get("arguments", {})
        else:
            variables[name] = "<lookup>"
    reader = PulumiReader(names, config, variables)
    reader.lookup_keys = {name: PulumiReader(names, config, variables).leaves(k) for name, k in keys.items()}
    resources = {TABLES: {"type": "tables", "leaves": tables}}
    for name, args in invokes.items():
        resources[names.pulumi.get(name, name)] = {"type": "invoke", "leaves": Counter(reader.leaves(args))}
    for name, r in doc.get("resources", {}).items():
        if r["type"].startswith("pulumi:providers:"):
            continue  # a region's provider: Terraform's provider alias, CloudFormation's template per region
        resources[names.pulumi.get(name, name)] = {
            "type": r["type"], "leaves": Counter(reader.leaves(r.get("properties", {})))}
    outputs = {name: Counter(reader.leaves(v)) for name, v in doc.get("outputs", {}).items()}
    return {"resources": resources, "outputs": outputs, "params": {names.params_pulumi.get(c, c) for c in config}}
