"""The domain model: frozen pydantic values with no I/O."""
