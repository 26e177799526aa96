"""KIM Desktop's own benchmark: `python -m benchmarks` prints every figure beside its budget
(DESIGN.md §7) and beside a baseline measured in the same run on the same machine.

A figure is a function `(Context) -> list[Row]` listed in `benchmarks.suite.BENCHMARKS`;
see benchmarks/README.md.
"""
