#!/usr/bin/python3
"""The chart aggregations of bench_scores done the way an analyst would with pandas: read the
rows from the same .shopscope file through Python's sqlite3 module (filters pushed into the SQL,
as ShopScope does), then group and aggregate in pandas, margins of error included. Prints one
JSON object with the best and the median time of each aggregation (a warm file, like
bench_scores). Usage: tools/bench-scores-pandas.py FILE [--runs N] [--wave CODE]"""
import argparse
import json
import math
import sqlite3
import statistics
import time

import numpy as np
import pandas as pd

Z = 1.959963984540054

BASE = """FROM visit v JOIN response r ON r.visit_id = v.id JOIN wave w ON w.id = v.wave_id
          JOIN location l ON l.id = v.location_id LEFT JOIN geo_unit g ON g.id = l.geo_unit_id
          LEFT JOIN geo_unit p ON p.id = g.parent_id AND g.level = 'area'
          WHERE v.status = 'approved'"""


def mean_margin(frame, keys, column):
    out = frame.groupby(keys, sort=False)[column].agg(['count', 'mean', 'std']).reset_index()
    out['margin'] = Z * out['std'] / np.sqrt(out['count'])
    out['small_base'] = out['count'] < 5
    return out


def mean_by_wave_region(db, wave):
    frame = pd.read_sql_query(
        "SELECT w.code AS wave, coalesce(CASE g.level WHEN 'region' THEN g.name END, p.name, '') AS region, "
        "s.score AS score " + BASE.replace("WHERE", "JOIN visit_score s ON s.response_id = r.id WHERE")
        + " AND s.score IS NOT NULL", db)
    return mean_margin(frame, ['wave', 'region'], 'score')


def mean_by_section_one_wave(db, wave):
    frame = pd.read_sql_query(
        "SELECT x.code AS section, s.score AS score FROM visit v JOIN response r ON r.visit_id = v.id "
        "JOIN wave w ON w.id = v.wave_id JOIN section_score s ON s.response_id = r.id "
        "JOIN section x ON x.id = s.section_id WHERE v.status = 'approved' AND w.code = ?", db, params=(wave,))
    return mean_margin(frame, ['section'], 'score')


def yes_share_by_question_one_wave(db, wave):
    frame = pd.read_sql_query(
        "SELECT q.code AS question, o.code AS answer FROM visit v JOIN response r ON r.visit_id = v.id "
        "JOIN wave w ON w.id = v.wave_id JOIN answer a ON a.response_id = r.id "
        "JOIN question q ON q.id = a.question_id JOIN question_option o ON o.id = a.option_id "
        "WHERE v.status = 'approved' AND w.code = ? AND q.type = 'yes_no' AND o.is_na = 0", db, params=(wave,))
    frame['yes'] = frame['answer'] == 'yes'
    out = frame.groupby('question', sort=False)['yes'].agg(['count', 'sum']).reset_index()
    n = out['count']
    p = out['sum'] / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z / (1 + Z * Z / n) * np.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    out['share'] = 100 * p
    out['low'] = 100 * (centre - half)
    out['high'] = 100 * (centre + half)
    return out


def nps_by_wave(db, wave):
    frame = pd.read_sql_query(
        "SELECT w.code AS wave, a.number AS value FROM visit v JOIN response r ON r.visit_id = v.id "
        "JOIN wave w ON w.id = v.wave_id JOIN answer a ON a.response_id = r.id "
        "JOIN question q ON q.id = a.question_id WHERE v.status = 'approved' AND q.type = 'nps' "
        "AND a.number IS NOT NULL", db)
    frame['promoter'] = frame['value'] >= 9
    frame['detractor'] = frame['value'] <= 6
    out = frame.groupby('wave', sort=False).agg(n=('value', 'count'), promoters=('promoter', 'sum'),
                                                detractors=('detractor', 'sum')).reset_index()
    pp = out['promoters'] / out['n']
    pd_ = out['detractors'] / out['n']
    out['nps'] = 100 * (pp - pd_)
    out['margin'] = 100 * Z * np.sqrt((pp + pd_ - (pp - pd_) ** 2) / out['n'])
    return out


CASES = {
    'mean_by_wave_region': mean_by_wave_region,
    'mean_by_section_one_wave': mean_by_section_one_wave,
    'yes_share_by_question_one_wave': yes_share_by_question_one_wave,
    'nps_by_wave': nps_by_wave,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('file')
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--wave', default='W2026-10')
    args = parser.parse_args()
    db = sqlite3.connect('file:' + args.file + '?mode=ro', uri=True)
    result = {}
    for name, case in CASES.items():
        times = []
        cells = 0
        for _ in range(max(1, args.runs)):
            start = time.perf_counter()
            cells = len(case(db, args.wave))
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        result[name] = {'best_ms': times[0], 'median_ms': statistics.median(times), 'cells': cells}
    print(json.dumps({'pandas': pd.__version__, 'aggregations': result}, indent=2))


if __name__ == '__main__':
    main()
