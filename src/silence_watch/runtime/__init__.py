"""The process around the core: clock, daemon, logs, systemd, doctor and the demo (shell)."""
