"""Importers that turn other event coders' dictionaries into rasad knowledge-base entries."""
