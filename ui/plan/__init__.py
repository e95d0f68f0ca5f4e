"""A citizen's plan: the goal tree, its model and editor, goal and action forms, undo, ratings and the progress chart."""
