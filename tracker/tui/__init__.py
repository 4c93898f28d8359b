"""The terminal UI (Textual). It shows what the core computes and computes nothing of its own."""
