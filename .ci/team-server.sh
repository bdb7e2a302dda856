#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port for the team-workspace tests.
#   .ci/team-server.sh start DIR PORT   → initdb (as a non-root user), start, create the test database;
#                                         prints the export lines for POLICY_CONFIGURATOR_TEST_PG and PGPASSFILE
#   .ci/team-server.sh stop DIR
# Host connections need a password (scram-sha-256): the admin's is random and kept in DIR/pgpass (mode 600).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?cluster folder}; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "team-server: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
runas() {  # initdb and postgres refuse root: run them as the postgres user (or the caller when not root)
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    runas "printf '%s\n' '$pw' > '$dir/admin.pw' && chmod 600 '$dir/admin.pw'"
    runas "'$bin/initdb' -D '$dir/data' -U pc_admin --pwfile='$dir/admin.pw' --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" \
      || { echo "team-server: initdb failed, see $dir/initdb.log" >&2; exit 1; }
    runas "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 30 -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=120\" start >/dev/null" \
      || { echo "team-server: the server did not start on 127.0.0.1:$port, see $dir/server.log" >&2; exit 1; }
    runas "'$bin/createdb' -h '$dir' -p $port -U pc_admin policy_test"
    umask 077
    printf "127.0.0.1:*:*:pc_admin:%s\n" "$pw" > "$dir/pgpass.client"
    echo "export PGPASSFILE=$dir/pgpass.client"
    echo "export POLICY_CONFIGURATOR_TEST_PG='jdbc:postgresql://127.0.0.1:$port/policy_test?user=pc_admin'"
    ;;
  stop)
    runas "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    ;;
  *) echo "team-server: start|stop" >&2; exit 2 ;;
esac
