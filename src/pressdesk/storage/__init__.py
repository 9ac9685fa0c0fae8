"""Storage mechanics below the services: the photo library (content-addressed originals,
flushing, page cache), the thumbnail cache and the worker processes that do file work."""
