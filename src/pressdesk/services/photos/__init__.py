"""Photos: ingest into the library, editing catalogue fields, attaching to releases,
verifying the library against the catalogue."""
