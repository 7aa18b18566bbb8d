#!/bin/sh
#
# FAULT: old-style name.  run_rc_script ignores /etc/rc.d/*.sh with the
# warning "Ignoring old-style startup script /etc/rc.d/old.sh".
#

# PROVIDE: oldstyle
# REQUIRE: FILESYSTEMS

echo "old.sh should never run at boot"
