"""Reading documents and the figures in them."""
