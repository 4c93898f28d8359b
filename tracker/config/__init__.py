"""Reading and writing the user's YAML files, with line and column for every mistake."""
