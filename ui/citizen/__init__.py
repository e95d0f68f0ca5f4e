"""One citizen's page: header, Overblik (forms, network, consents), Aftaler, and the frame that holds the Plan, Dagbog and Status tabs."""
