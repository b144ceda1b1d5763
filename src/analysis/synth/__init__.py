"""Synthetic fixtures: realistic renderings of minutes in the formats the build reads.

Used by the tests and benchmarks only; nothing here is part of a build.
"""
