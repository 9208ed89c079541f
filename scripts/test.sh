#!/usr/bin/env bash
# npm test: installs what the tests need (scripts/prerequisites.sh), starts a throw-away
# PostgreSQL cluster on loopback unless TEST_PG_URL names one, then runs every check in order.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh

if [ -z "${TEST_PG_URL:-}" ]; then
  PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  PGDIR=$(mktemp -d /tmp/qabyldau-pg.XXXXXX)
  PGPORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  # PostgreSQL refuses to run as root: the cluster then belongs to the postgres user.
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  as_pg "$PGBIN/initdb -D $PGDIR/data -A trust -U postgres" >/dev/null
  as_pg "$PGBIN/pg_ctl -D $PGDIR/data -o '-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1' -l $PGDIR/log -w start" >/dev/null
  trap 'as_pg "$PGBIN/pg_ctl -D $PGDIR/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PGDIR"' EXIT
  export TEST_PG_URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
fi

echo "Node $(node --version); PostgreSQL at ${TEST_PG_URL}"
npm run check
npm run format:check
npm run lint
npm run architecture
npm run test:vitest
npm run test:e2e
