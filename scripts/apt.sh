# Shell functions for scripts/test and scripts/install: install Debian packages with apt,
# waiting (bounded) while another apt or dpkg holds its lock instead of dying at once.
#
# Source it, then: apt_install PACKAGE...   (uses sudo when not root)
# APT_LOCK_WAIT (seconds, default 600) bounds the wait; APT_LOCK_POLL (default 5) is the
# pause between two tries. Messages start with $APT_WHO (the calling script's name).

# Run one apt-get command; while it fails only because another apt or dpkg holds a lock
# (unattended-upgrades at boot, an install in another terminal), wait and try again.
apt_retry() {
  local limit=${APT_LOCK_WAIT:-600} pause=${APT_LOCK_POLL:-5} waited=0 out
  while :; do
    if out=$("$@" 2>&1); then
      return 0
    fi
    if ! grep -qE 'Could not get lock|Unable to lock|Unable to acquire the dpkg frontend lock' <<<"$out"; then
      printf '%s\n' "$out" >&2
      return 1
    fi
    if awk -v w="$waited" -v l="$limit" 'BEGIN { exit !(w >= l) }'; then
      printf '%s\n' "$out" >&2
      echo "${APT_WHO:-apt}: another apt or dpkg still held its lock after ${limit} s;" \
        "wait for it to finish (ps aux | grep -E 'apt|dpkg'), then run this again" >&2
      return 1
    fi
    if [ "$waited" = 0 ]; then
      echo "${APT_WHO:-apt}: another apt or dpkg is running; waiting for it (at most ${limit} s)" >&2
    fi
    sleep "$pause"
    waited=$(awk -v w="$waited" -v p="$pause" 'BEGIN { print w + p }')
  done
}

# Install Debian packages (as root, or through sudo).
apt_install() {
  local sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "${APT_WHO:-apt}: $* must be installed first: ask an administrator to run" \
        "'apt-get install $*'" >&2
      return 1
    fi
    sudo_cmd=(sudo)
  fi
  echo "${APT_WHO:-apt}: installing $* from apt" >&2
  apt_retry "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  apt_retry "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    -o DPkg::Lock::Timeout="${APT_LOCK_WAIT:-600}" --no-install-recommends "$@"
}
