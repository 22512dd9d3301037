#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temp dir, listening on
# 127.0.0.1 only, on a free port, trust auth, durability off (test data is disposable).
#
#   scripts/pg-test-server.sh start [DIR]   prints postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/pg-test-server.sh stop DIR      stops it and removes DIR
#
# Needs the server binaries (Debian: apt-get install -y postgresql). PostgreSQL refuses to run
# as root, so as root the cluster runs as the `postgres` user (or `nobody`). Exits non-zero,
# with the reason on stderr, when no server can be started.
set -euo pipefail

cmd="${1:-start}"
dir="${2:-}"

bindir() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  echo "pg-test-server: no PostgreSQL server binaries (initdb); install them: apt-get install -y postgresql" >&2
  exit 3
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  local user=postgres
  id "$user" >/dev/null 2>&1 || user=nobody
  runuser -u "$user" -- "$@"
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

case "$cmd" in
  start)
    bin="$(bindir)"
    [ -n "$dir" ] || dir="$(mktemp -d "${TMPDIR:-/tmp}/docparse-pg-XXXXXX")"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      user=postgres; id "$user" >/dev/null 2>&1 || user=nobody
      chown "$user" "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { echo "pg-test-server: initdb failed, see $dir/initdb.log" >&2; tail -n 5 "$dir/initdb.log" >&2; exit 3; }
    # A port can be taken between choosing it and listening on it: try a few.
    for _ in 1 2 3 4 5; do
      port="$(free_port)"
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
          -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir/data' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
          >/dev/null 2>&1; then
        echo "postgres://postgres@127.0.0.1:$port/postgres"
        exit 0
      fi
    done
    echo "pg-test-server: the server did not start, see $dir/server.log" >&2
    tail -n 5 "$dir/server.log" >&2 || true
    exit 3
    ;;
  stop)
    [ -n "$dir" ] || { echo "usage: $0 stop DIR" >&2; exit 1; }
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start [DIR] | stop DIR" >&2
    exit 1
    ;;
esac
