"""lytui: clean mangled Chinese news scrapes and explore them in the terminal."""

__version__ = "0.1.0"
