"""The record classes, one module per topic, so a query creates only the classes it needs.

``aseanrok.model`` gathers them all in one namespace.
"""
