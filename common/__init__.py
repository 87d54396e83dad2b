"""Small helpers any app may import: plain Python modules, no models, no imports of the project's apps."""
