"""English words that bound clauses inside the words before a speech verb."""

# "This comes as the minister called for calm", "The clashes came as X warned …": a conjunction that
# opens the clause whose subject speaks.
SUBORDINATORS = frozenset({"as", "while", "whereas", "because", "although", "though", "after", "before", "when",
                           "since", "until", "once"})
# Before one of them the conjunction compares or counts ("as well as", "such as", "as many as", "the same as",
# "as far as"): no new clause.
SUBORDINATOR_BLOCKERS = frozenset({"well", "such", "many", "much", "same", "far", "so", "long", "and", "or", "but",
                                   "that"})
