#!/usr/bin/env bash
# Run the store tests on a throwaway PostgreSQL cluster (Debian's postgresql package), then remove it.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ]; then
  echo "installing Debian's postgresql (needs root and the package registry)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
.venv/bin/python -m pip install --quiet 'psycopg[binary]>=3.1'
DATA=$(mktemp -d)
PORT=${PARLEY_PG_PORT:-55433}
RUN_AS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$DATA"; RUN_AS=(su postgres -c); fi
run() { if [ ${#RUN_AS[@]} -gt 0 ]; then "${RUN_AS[@]}" "$*"; else bash -c "$*"; fi; }
run "$PG_BIN/initdb -D $DATA -A trust -U postgres" >/dev/null
run "$PG_BIN/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/log -w start" >/dev/null
trap 'run "$PG_BIN/pg_ctl -D $DATA -m fast stop" >/dev/null; rm -rf "$DATA"' EXIT
run "$PG_BIN/createdb -h 127.0.0.1 -p $PORT -U postgres parley_test"
PARLEY_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/parley_test" \
  .venv/bin/python -m pytest -q tests/test_store_queries.py
