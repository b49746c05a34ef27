#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: Debian's postgresql package, a cluster in a directory of its own,
# on a free loopback port, trusting every local connection. No system service is touched.
#
#   scripts/postgres.sh start DIR    creates DIR and a cluster in it (installing the server with apt-get when
#                                    missing), starts it, creates the database arabicnews_test and prints the
#                                    connection string (also written to DIR/connection-string); on a DIR that
#                                    already holds a cluster, starts that cluster again on its port
#   scripts/postgres.sh stop DIR     stops the cluster (fast shutdown); nothing happens when it is not running
#   scripts/postgres.sh restart DIR  stops and starts the same cluster on the same port, keeping its data
#
# ARABICNEWS_PG_SHARED_BUFFERS sets the server's shared_buffers (default 256MB; a load run of a million articles
# wants the whole index, about 1.1 GB, in it). The server runs with fsync, synchronous_commit and full_page_writes off
# (a throwaway server need not survive a crash); ARABICNEWS_PG_DURABLE=1 turns them on, to measure a durable server.
#
# DIR keeps the cluster's state: data/ (the cluster), socket/ (its Unix socket), log/postgres.log, port, bindir,
# user and connection-string. initdb refuses to run as root, so as root the server runs as the postgres user that
# the package creates (via runuser); otherwise it runs as the current user.
set -euo pipefail

database=arabicnews_test
start_timeout=60

usage() {
  echo "usage: $0 start|stop|restart DIR" >&2
  exit 2
}

die() {
  echo "postgres.sh: $*" >&2
  exit 1
}

# The newest /usr/lib/postgresql/<version>/bin holding the server binaries, or nothing.
find_bindir() {
  local candidate found=""
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/postgres" ]; then
      found=$candidate
    fi
  done
  echo "$found"
}

install_server() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "the PostgreSQL server is not installed and, not being root and without sudo, this script cannot install it: install Debian's postgresql package"
    sudo=(sudo)
  fi
  echo "postgres.sh: installing Debian's postgresql package" >&2
  "${sudo[@]}" apt-get update >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
}

# Runs a server binary as the cluster's owner, from / (the caller's directory may be closed to that user).
as_owner() {
  local owner
  owner=$(cat "$dir/user")
  if [ "$(id -un)" = "$owner" ]; then
    (cd / && "$@")
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u "$owner" -- "$@")
  else
    die "the cluster in $dir belongs to $owner; run this as $owner or as root"
  fi
}

port_in_use() {
  local port=$1
  if command -v ss >/dev/null; then
    [ -n "$(ss -Htan "( sport = :$port )" 2>/dev/null)" ]
  else
    # Without ss: something answers on the port, or bash cannot tell (then assume it is taken).
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# A port below Linux's ephemeral range (32768-60999), so outgoing connections do not take it while the server is down.
free_port() {
  local port attempt
  for attempt in $(seq 1 200); do
    port=$((20000 + RANDOM % 12000))
    if ! port_in_use "$port"; then
      echo "$port"
      return
    fi
  done
  die "no free loopback port found"
}

is_running() {
  [ -f "$dir/data/postmaster.pid" ] && as_owner "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

# Starts the cluster in $dir on the given port; returns non-zero (leaving the log) when the server did not come up.
start_server() {
  local port=$1 bindir sockets durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  bindir=$(cat "$dir/bindir")
  if [ "${ARABICNEWS_PG_DURABLE:-0}" = 1 ]; then durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"; fi
  # A Unix socket path is limited to 107 bytes; in a deep DIR the server listens on TCP only.
  if [ "${#dir}" -le 70 ]; then sockets="$dir/socket"; else sockets=""; fi
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log/postgres.log" -w -t "$start_timeout" \
    -o "-p $port -c unix_socket_directories='$sockets' -c listen_addresses=127.0.0.1 $durability -c max_connections=200 -c shared_buffers=${ARABICNEWS_PG_SHARED_BUFFERS:-256MB}" \
    start >&2
}

print_connection_string() {
  local port connection
  port=$(cat "$dir/port")
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
  echo "$connection" > "$dir/connection-string"
  echo "$connection"
}

start_existing() {
  if is_running; then
    echo "postgres.sh: the cluster in $dir is already running" >&2
  elif ! start_server "$(cat "$dir/port")"; then
    tail -n 30 "$dir/log/postgres.log" >&2 || true
    die "the cluster in $dir did not start on port $(cat "$dir/port") (log: $dir/log/postgres.log)"
  fi
  print_connection_string
}

start() {
  if [ -f "$dir/data/PG_VERSION" ] && [ -f "$dir/port" ]; then
    start_existing
    return
  fi

  local bindir owner
  bindir=$(find_bindir)
  if [ -z "$bindir" ]; then
    install_server
    bindir=$(find_bindir)
    [ -n "$bindir" ] || die "apt-get installed postgresql but no server binaries are in /usr/lib/postgresql/*/bin"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id -u "$owner" >/dev/null 2>&1 || die "running as root needs the postgres user (Debian's postgresql package creates it)"
  else
    owner=$(id -un)
  fi

  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  echo "$bindir" > "$dir/bindir"
  echo "$owner" > "$dir/user"
  rm -rf "$dir/data" "$dir/socket" "$dir/log"
  mkdir -m 0700 "$dir/data"
  mkdir -m 0755 "$dir/socket" "$dir/log"
  if [ "$(id -un)" != "$owner" ]; then
    # mktemp -d makes 0700 directories: let the server's user through DIR (not read it) and own its parts.
    chmod a+x "$dir"
    chown "$owner:" "$dir/data" "$dir/socket" "$dir/log"
    as_owner test -w "$dir/data" ||
      die "$owner cannot reach $dir: a directory above it is closed to $owner; use a directory such as one from mktemp -d"
  fi

  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/log/initdb.log" 2>&1 ||
    { cat "$dir/log/initdb.log" >&2; die "initdb failed"; }

  # Another process may take the port between the probe and the start: then try another one.
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if start_server "$port"; then
      echo "$port" > "$dir/port"
      break
    fi
    tail -n 30 "$dir/log/postgres.log" >&2 || true
    is_running && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    [ "$attempt" -lt 5 ] || die "the server did not start (log: $dir/log/postgres.log)"
    echo "postgres.sh: the server did not start on port $port; trying another port" >&2
  done

  "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "host=127.0.0.1 port=$port user=postgres dbname=postgres" \
    -c "CREATE DATABASE $database" >&2
  print_connection_string
}

stop() {
  if [ ! -f "$dir/bindir" ] || [ ! -d "$dir/data" ]; then
    echo "postgres.sh: no cluster in $dir; nothing to stop" >&2
    return
  fi
  if is_running; then
    as_owner "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m fast -w -t "$start_timeout" stop >&2
  else
    echo "postgres.sh: the cluster in $dir is not running" >&2
  fi
}

[ $# -eq 2 ] || usage
command=$1
dir=$2
[ -n "$dir" ] || usage
if [ "$command" != start ]; then
  [ -d "$dir" ] || die "$dir does not exist"
  dir=$(cd "$dir" && pwd -P)
fi

case "$command" in
  start) start ;;
  stop) stop ;;
  restart)
    [ -f "$dir/data/PG_VERSION" ] && [ -f "$dir/port" ] || die "no cluster in $dir to restart"
    stop
    start_existing
    ;;
  *) usage ;;
esac
