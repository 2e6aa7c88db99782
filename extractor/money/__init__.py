"""Stage 4, money: amounts normalised to numbers, as budgets."""
