"""The query functions, one module per topic; ``aseanrok`` re-exports them lazily."""
