#!/usr/bin/env bash
# PostgreSQL for the PostgreSQL store, queue and backend tests: Debian's packages (PostgreSQL 15 on Debian 12;
# pg_trgm and unaccent come with it). Nothing is started here: each test file starts its own throwaway server
# (test/postgres-setup.ts: initdb into a temporary folder — as the postgres OS user when running as root —,
# listening on 127.0.0.1 at a free port with its socket in that folder, stopped and deleted at the end).
# The cluster the Debian package may create is neither used nor touched.
set -euo pipefail

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "ci: installing postgresql"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null
fi

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
version=$(basename "$(dirname "$bin")")
for ext in pg_trgm unaccent; do
  if [ ! -f "/usr/share/postgresql/$version/extension/$ext.control" ]; then
    echo "ci: PostgreSQL $version lacks the $ext extension (package postgresql-contrib)" >&2
    exit 1
  fi
done
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "ci: no postgres OS user to run the test server as" >&2
  exit 1
fi
echo "ci: PostgreSQL $version ready ($bin); the tests start their own server"
