"""Persistence: the engine factory, the tables and the functions that read and write them."""
