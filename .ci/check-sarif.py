"""Checks the sample's SARIF log: every rule the sample must show is there with its help link and description,
and no credential value OKX001 found appears anywhere in the log (messages, properties, anything)."""
import json
import re
import sys
from urllib.parse import unquote, urlparse

sarif_path, rules_path = sys.argv[1], sys.argv[2]
text = open(sarif_path, encoding="utf-8").read()
run = json.loads(text)["runs"][0]
rules = {r["id"]: r for r in run["tool"]["driver"].get("rules", [])}
problems = []
for rule_id in open(rules_path).read().split():
    rule = rules.get(rule_id)
    if rule is None:
        problems.append(f"{rule_id} is not in the SARIF log")
    elif not rule.get("helpUri", "").endswith(f"/docs/rules/{rule_id}.md") or not rule.get("fullDescription", {}).get("text"):
        problems.append(f"{rule_id} has no help link or description in the SARIF log")

checked = 0
for result in run.get("results", []):
    if result.get("ruleId") != "OKX001":
        continue
    location = result["locations"][0]["physicalLocation"]
    path = unquote(urlparse(location["artifactLocation"]["uri"]).path)
    region = location["region"]
    line = open(path, encoding="utf-8").read().splitlines()[region["startLine"] - 1]
    start = region["startColumn"] - 1
    end = region.get("endColumn", len(line) + 1) - 1 if region.get("endLine", region["startLine"]) == region["startLine"] else len(line)
    for value in re.findall(r'"([^"\\]{6,})"', line[start:end]):
        checked += 1
        if value in text:
            problems.append(f"the SARIF log contains a credential value found at {path}:{region['startLine']}")

if checked == 0:
    problems.append("no OKX001 credential value was checked")
for problem in problems:
    print("SARIF: " + problem, file=sys.stderr)
print(f"SARIF: {len(rules)} rules, {checked} credential values checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
