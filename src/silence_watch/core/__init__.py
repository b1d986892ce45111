"""The pure core: plain data and ``now`` in, decisions out.

Nothing in this package may import a module that talks to the network, the disk or the
clock (imapclient, smtplib, sqlite3, socket, subprocess, time ...). A test enforces it.
"""
