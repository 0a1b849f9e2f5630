#!/usr/bin/env bash
# Builds the page and serves dist/ on localhost (python3's http.server sends
# application/wasm). PORT=8000 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-page.sh
port=${PORT:-8000}
echo "wenxi: http://127.0.0.1:${port}/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
