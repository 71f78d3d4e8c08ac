#!/usr/bin/env bash
# Regenerate assets/gazetteer/ from scripts/ and scripts/data/ (no packages needed), check it,
# and with --check fail if the result differs from what is committed (CI runs that).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/gen_fold_cases.py
python3 scripts/gen_brands.py
python3 scripts/gen_models.py
python3 scripts/gen_countries.py 2>/dev/null
python3 scripts/gen_plants.py
python3 scripts/check_gazetteer.py
if [[ "${1:-}" == "--check" ]]; then
  git diff --exit-code --stat -- assets/gazetteer/ scripts/data/fold_cases.tsv
fi
