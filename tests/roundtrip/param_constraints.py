"""The constraint resource names put on a param (ir::NameConstraint, `names:` in the IR dump),
read back from each target's own output and compared with the IR:

  * Terraform: a `validation` block whose condition is `length(var.P) <= N` and
    `can(regex("PATTERN", var.P))` (hcl2json gives the expression as text);
  * CloudFormation: the Parameter's MaxLength and AllowedPattern, in every template;
  * Pulumi YAML, which has no constraint field: the config description says
    "at most N characters" (the pattern is not written there, and not enforced).

A param with no constraint in the IR must have none in any target (enum params keep their
AllowedValues / contains() validation, which this does not read).
"""
import re

TF_LENGTH = re.compile(r"length\(var\.(\w+)\) <= (\d+)")
TF_REGEX = re.compile(r'can\(regex\("((?:[^"\\]|\\.)*)", var\.(\w+)\)\)')


def hcl_unescape(text):
    return re.sub(r"\\(.)", r"\1", text).replace("$${", "${")


def terraform(doc):
    """{param: (max_length, pattern)} from the variables' validation blocks."""
    out = {}
    for name, bodies in doc.get("variable", {}).items():
        for block in bodies[0].get("validation", []) or []:
            cond = block.get("condition", "")
            length = TF_LENGTH.search(cond)
            pattern = TF_REGEX.search(cond)
            if length or pattern:
                out[name] = (int(length.group(2)) if length else -1, hcl_unescape(pattern.group(1)) if pattern else "")
    return out


def cloudformation(templates, names):
    """Per template: the params it declares, and {param: (max_length, pattern)}."""
    per_template = []
    for doc in templates:
        declared, found = set(), {}
        for logical, p in doc.get("Parameters", {}).items():
            declared.add(names.params_cfn.get(logical, logical))
            if "MaxLength" in p or "AllowedPattern" in p:
                found[names.params_cfn.get(logical, logical)] = (int(p.get("MaxLength", -1)), p.get("AllowedPattern", ""))
        per_template.append((declared, found))
    return per_template


def pulumi(doc, names):
    """{param: max_length or None}: the length the description states."""
    out = {}
    for key, c in doc.get("config", {}).items():
        text = c.get("description", "") if isinstance(c, dict) else ""
        if "Resource names take" in text:
            m = re.search(r"at most (\d+) characters", text)
            out[names.params_pulumi.get(key, key)] = int(m.group(1)) if m else -1
    return out


def check(ir, raw, names, fail):
    """`raw`: {"terraform": hcl2json document, "cloudformation": [templates], "pulumi": document}."""
    expected = ir["constraints"]
    tf = terraform(raw["terraform"])
    if tf != expected:
        fail("terraform", "-", f"param constraints {tf} differ from the IR's {expected}")
    for i, (declared, found) in enumerate(cloudformation(raw["cloudformation"], names)):
        wanted = {p: c for p, c in expected.items() if p in declared}  # a region's template: the params it uses
        if found != wanted:
            fail("cloudformation", f"template {i}", f"param constraints {found} differ from the IR's {wanted}")
    pl = pulumi(raw["pulumi"], names)
    wanted = {p: c[0] for p, c in expected.items()}
    if pl != wanted:
        fail("pulumi", "-", f"param constraints (lengths in descriptions) {pl} differ from the IR's {wanted}")
