"""tracker: follow a work plan's targets against what documents report as achieved."""

__version__ = "0.1.0"
