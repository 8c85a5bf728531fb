#!/usr/bin/env bash
# Build the desktop app with PyInstaller and smoke-test the result with --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q -e '.[packaging]'
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/workbench.spec
# A build machine has no desktop keyring: the in-memory one proves the keyring plumbing works.
WORKBENCH_DATA_DIR="$(mktemp -d)" QT_QPA_PLATFORM=offscreen \
  PYTHON_KEYRING_BACKEND=workbench.core.accounts.secrets.MemoryKeyring dist/workbench/workbench --self-test --demo
echo "Built dist/workbench/"
