#!/usr/bin/env bash
# Lints every BPMN model in processes/ with bpmnlint (rules in .bpmnlintrc). Run by ./mvnw verify;
# installs the lint tools from package-lock.json first when they are missing (a clean clone).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f node_modules/bpmnlint-plugin-camunda-compat/package.json ]; then
  npm ci --no-audit --no-fund
fi
shopt -s nullglob
models=(processes/*.bpmn)
if [ ${#models[@]} -eq 0 ]; then
  echo "bpmnlint: no models in processes/"
  exit 0
fi
node node_modules/bpmnlint/bin/bpmnlint.js "${models[@]}"
echo "bpmnlint: ${#models[@]} model(s) in processes/ without lint errors"
