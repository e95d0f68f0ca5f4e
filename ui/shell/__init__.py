"""The application shell: start-up, first run, unlock and lock, the main window with its sidebar, settings, search, and the wiring that composes the feature pages."""
