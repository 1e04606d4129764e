#!/usr/bin/env bash
# Installs what the WordPress test (tests/wordpress/) needs, only when it is missing: Debian's
# WordPress (6.1 on Debian 12) with its default theme, MariaDB, and PHP's command line (whose
# built-in server serves WordPress). The services these packages would start are not started:
# the test runs its own, on loopback, and stops them.
set -euo pipefail

missing=()
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || missing+=(wordpress-theme-twentytwentythree)
[ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
command -v php >/dev/null || missing+=(php-cli)
# grep reads all of the list: with -q it would stop early, and pipefail would count php's SIGPIPE.
{ command -v php >/dev/null && php -m | grep -x mysqli >/dev/null; } || missing+=(php-mysql)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "wordpress-deps: installing ${missing[*]}"
apt-get update
# No Recommends: WordPress's would add every translation; its web-server dependency (Apache) comes
# anyway but is never started.
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
