"""Benchmarks that print figures and assert nothing.

`python -m bench` measures extraction (bench/run.py); bench/bench_dashboard.py the dashboard.
"""
