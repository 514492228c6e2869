"""The distribution's version, in a module of its own: the client reads it for User-Agent
without importing the package's __init__ (which imports the client)."""

__version__ = "0.4.0"
