#!/usr/bin/env python3
"""Where the CPU time goes in a JFR recording: top methods by self samples and by inclusive samples.

Usage: jfr-hotspots.py RECORDING.jfr [FILTER...]
Reads `jfr print --events jdk.ExecutionSample --stack-depth 200`; prints the share of samples whose top frame is each
method (self), and of samples with each method anywhere on the stack (inclusive). FILTER words restrict the inclusive
table to frames containing one of them (e.g. io.tierdesk hibernate), so the table stays readable.
"""
import collections
import re
import subprocess
import sys

recording, filters = sys.argv[1], sys.argv[2:]
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", recording],
                      capture_output=True, text=True, check=True).stdout
frame = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")
stacks, current = [], None
for line in text.splitlines():
    if "stackTrace = [" in line:
        current = []
    elif current is not None and line.strip() == "]":
        stacks.append(current)
        current = None
    elif current is not None:
        m = frame.match(line)
        if m:
            current.append(m.group(1))
total = len(stacks) or 1
self_counts = collections.Counter(s[0] for s in stacks if s)
incl = collections.Counter()
for s in stacks:
    for method in set(s):
        if not filters or any(f in method for f in filters):
            incl[method] += 1
print(f"{len(stacks)} samples")
print("\n-- self (top frame) --")
for method, n in self_counts.most_common(25):
    print(f"{100 * n / total:5.1f}%  {method}")
print("\n-- inclusive --")
for method, n in incl.most_common(60):
    print(f"{100 * n / total:5.1f}%  {method}")
