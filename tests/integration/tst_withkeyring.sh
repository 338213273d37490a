#!/usr/bin/env bash
# scripts/with-keyring stops the keyring daemon it started, and only that one:
# a gnome-keyring-daemon that another session starts at the same moment keeps
# running.
#
#   tst_withkeyring.sh PATH/TO/scripts/with-keyring
set -euo pipefail

with_keyring="$1"
work="$(mktemp -d)"
cleanup() {
  local pid
  for pid in $(cat "$work/others" 2>/dev/null); do
    kill "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# Running and not a zombie (a stopped child of init may linger as one).
alive() {
  local stat
  stat="$(ps -o stat= -p "$1" 2>/dev/null)" && [[ -n "$stat" && "$stat" != Z* ]]
}

real_daemon="$(command -v gnome-keyring-daemon)"
mkdir -p "$work/shim" "$work/other"
# Another session's keyring: a long-running process with the daemon's name.
ln -s "$(command -v sleep)" "$work/other/gnome-keyring-daemon"
# Each time with-keyring starts gnome-keyring-daemon, another session starts
# one right after. A daemon kept in the foreground runs under this wrapper's
# PID, which is recorded as the one with-keyring started.
cat >"$work/shim/gnome-keyring-daemon" <<SHIM
#!/bin/sh
other() {
  "$work/other/gnome-keyring-daemon" 300 </dev/null >/dev/null 2>&1 &
  echo \$! >>"$work/others"
}
case " \$* " in
  *" --foreground "*)
    other
    echo \$\$ >>"$work/ours"
    exec "$real_daemon" "\$@" ;;
  *)
    status=0
    "$real_daemon" "\$@" || status=\$?
    other
    exit \$status ;;
esac
SHIM
chmod +x "$work/shim/gnome-keyring-daemon"

PATH="$work/shim:$PATH" env -u GATEHOUSE_IN_KEYRING_SESSION "$with_keyring" sh -c \
  'printf s3cret | secret-tool store --label=probe service gatehouse-selftest account probe &&
   test "$(secret-tool lookup service gatehouse-selftest account probe)" = s3cret'

status=0
for pid in $(cat "$work/others" 2>/dev/null); do
  if ! alive "$pid"; then
    echo "FAIL: with-keyring stopped a keyring daemon it did not start (pid $pid)" >&2
    status=1
  fi
done
for pid in $(cat "$work/ours" 2>/dev/null); do
  if alive "$pid"; then
    echo "FAIL: the keyring daemon with-keyring started (pid $pid) still runs" >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "PASS: only the keyring daemon with-keyring started was stopped"
exit $status
