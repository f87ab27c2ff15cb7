"""Reading documents and writing event records."""
