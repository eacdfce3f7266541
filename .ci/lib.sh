# Helpers sourced by the CI scripts (.ci/run, .ci/two-gateways): a private PostgreSQL cluster on
# 127.0.0.1 and free loopback ports. The caller's exit trap calls stop_postgres.
pg_data="" pg_ctl="" pg_user=""

as_pg_user() { # initdb and postgres refuse to run as root
  if [ "$(id -u)" = 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

stop_postgres() { # also forgets the cluster's address, so nothing later connects to a stopped one
  if [ -n "$pg_data" ] && [ -f "$pg_data/cluster/postmaster.pid" ]; then
    as_pg_user "$pg_ctl" -D "$pg_data/cluster" -m fast -w stop >/dev/null || true
  fi
  if [ -n "$pg_data" ]; then
    rm -rf "$pg_data"
    unset GATEWAY_TEST_PG_URL GATEWAY_TEST_PG_USER GATEWAY_TEST_PG_PASSWORD
  fi
  pg_data=""
}

free_port() { # free_port FROM: the first port from FROM on that nothing listens on at 127.0.0.1
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

start_postgres() { # a private cluster on 127.0.0.1 with an empty database gateway_test
  local initdb
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$initdb" ]; then
    echo "PostgreSQL server not found: installing it"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)
  fi
  local bin port password
  bin=$(dirname "$initdb")
  pg_ctl="$bin/pg_ctl"
  pg_user=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    pg_user=postgres
    id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home "$pg_user"
  fi
  port=$(free_port 55432)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  pg_data=$(mktemp -d)
  printf '%s\n' "$password" >"$pg_data/pwfile"
  chown -R "$pg_user" "$pg_data"
  as_pg_user "$initdb" -D "$pg_data/cluster" -U gateway --pwfile="$pg_data/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >"$pg_data/initdb.log"
  as_pg_user "$pg_ctl" -D "$pg_data/cluster" -l "$pg_data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data" start >/dev/null
  as_pg_user "$bin/createdb" -h "$pg_data" -p "$port" -U gateway gateway_test
  export GATEWAY_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/gateway_test"
  export GATEWAY_TEST_PG_USER=gateway
  export GATEWAY_TEST_PG_PASSWORD="$password"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}
