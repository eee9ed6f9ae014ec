def find_conflicts(figures): return []
