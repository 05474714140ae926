"""The command-line interface (Typer + rich): parse, call the library, render."""
