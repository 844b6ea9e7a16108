#!/usr/bin/env python3
"""Regenerate every stdlib/data/*.json table: python3 stdlib/data/tools/extract_all.py"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for script in sorted(glob.glob(os.path.join(HERE, "extract_*.py"))):
    if os.path.basename(script) != "extract_all.py":
        subprocess.run([sys.executable, script], check=True)
