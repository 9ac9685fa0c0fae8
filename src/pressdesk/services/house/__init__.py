"""The house list (agencies, photographers, credit presets) and the writes it drives."""
