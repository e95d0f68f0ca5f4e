"""The keys of the demo's scenarios (`corpus.SCENARIOS`, in the same order), for `caseapp demo
--scenario`: the parser lists them without loading the corpus, a thousand lines of text every
other command would pay for. tests/unit/demo/test_generator.py checks that the two agree."""

SCENARIO_KEYS = (
    "aktivitetsparat", "ressourceforloeb", "sygedagpenge", "bostoette", "bosted", "misbrug",
    "boernesag",
)
