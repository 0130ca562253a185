"""A Markdown table on standard output, as the benchmark scripts print their figures (README «Benchmarks»)."""


def print_table(headers, rows):
    """Prints a blank line, the header row, its rule and one row per item of rows (each a sequence of cells)."""
    print("\n| " + " | ".join(headers) + " |")
    print("| " + " | ".join("---" for _ in headers) + " |")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
