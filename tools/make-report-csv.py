#!/usr/bin/env python3
"""Writes the reports of one wave of a ShopScope file as a fielding platform would export them:
one row per visit, a column per question code, CODE_comment columns, multiple choice as one cell.
Used by tools/bench-report-import.sh; standard library only."""
import csv
import sqlite3
import sys

path, wave, out = sys.argv[1:4]
db = sqlite3.connect(path)
rows = db.execute(
    "SELECT r.id, r.visit_id, r.visited_on, ifnull(r.visited_at, ''), ifnull(r.duration_minutes, ''), r.staff_description, r.language "
    "FROM response r JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id WHERE w.code = ? ORDER BY r.id", (wave,)).fetchall()
codes = [c for (c,) in db.execute(
    "SELECT DISTINCT q.code FROM question q JOIN response r ON r.version_id = q.version_id JOIN visit v ON v.id = r.visit_id "
    "JOIN wave w ON w.id = v.wave_id JOIN section s ON s.id = q.section_id WHERE w.code = ? ORDER BY s.position, q.position", (wave,))]
answers = {}
for response, code, option, number, text, comment, choices in db.execute(
        "SELECT a.response_id, q.code, o.code, a.number, a.text, ifnull(a.comment, ''), "
        "(SELECT group_concat(co.code, ';') FROM answer_choice c JOIN question_option co ON co.id = c.option_id "
        " WHERE c.response_id = a.response_id AND c.question_id = a.question_id) "
        "FROM answer a JOIN question q ON q.id = a.question_id LEFT JOIN question_option o ON o.id = a.option_id "
        "JOIN response r ON r.id = a.response_id JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id WHERE w.code = ?",
        (wave,)):
    value = option if option is not None else (('%g' % number) if number is not None else (text if text is not None else (choices or '')))
    answers[(response, code)] = (value, comment)
with open(out, 'w', newline='', encoding='utf-8') as f:
    writer = csv.writer(f)
    header = ['visit', 'date', 'time', 'duration', 'staff', 'language']
    for code in codes:
        header += [code, code + '_comment']
    writer.writerow(header)
    for response, visit, date, time, minutes, staff, language in rows:
        row = [visit, date, time, minutes, staff, language]
        for code in codes:
            value, comment = answers.get((response, code), ('', ''))
            row += [value, comment]
        writer.writerow(row)
print(len(rows))
