"""Small widgets and cell renderers of the terminal UI."""
