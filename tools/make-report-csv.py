#!/usr/bin/env python3
"""Writes the reports of one wave of a ShopScope file as a fielding platform would export them:
one row per visit, a column per question code, CODE_comment columns, multiple choice as one cell.
With a fourth argument "odk", as KoboToolbox exports a form ShopScope wrote: group prefixes
(SECTION/CODE), the ss_* visit fields, choices separated by spaces, ODK times and Kobo's metadata.
Used by tools/bench-report-import.sh; standard library only."""
import csv
import sqlite3
import sys

path, wave, out = sys.argv[1:4]
odk = len(sys.argv) > 4 and sys.argv[4] == 'odk'
db = sqlite3.connect(path)
rows = db.execute(
    "SELECT r.id, r.visit_id, r.visited_on, ifnull(r.visited_at, ''), ifnull(r.duration_minutes, ''), r.staff_description, r.language "
    "FROM response r JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id WHERE w.code = ? ORDER BY r.id", (wave,)).fetchall()
groups = dict(db.execute(
    "SELECT DISTINCT q.code, ifnull((SELECT p.code || '/' FROM section p WHERE p.id = s.parent_id), '') || s.code "
    "FROM question q JOIN section s ON s.id = q.section_id"))
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
    if odk and choices:
        choices = choices.replace(';', ' ')
    value = option if option is not None else (('%g' % number) if number is not None else (text if text is not None else (choices or '')))
    answers[(response, code)] = (value, comment)
with open(out, 'w', newline='', encoding='utf-8') as f:
    writer = csv.writer(f)
    if odk:
        header = ['start', 'ss_visit_id', 'ss_visit/ss_date', 'ss_visit/ss_time', 'ss_visit/ss_minutes', 'ss_visit/ss_staff']
        for code in codes:
            header += [groups[code] + '/' + code, groups[code] + '/' + code + '_comment']
        header += ['ss_score', 'meta/instanceID', '_id', '_uuid', '_submission_time', '_status', '__version__']
    else:
        header = ['visit', 'date', 'time', 'duration', 'staff', 'language']
        for code in codes:
            header += [code, code + '_comment']
    writer.writerow(header)
    for response, visit, date, time, minutes, staff, language in rows:
        if odk:
            uuid = '%08x-0000-4000-8000-%012x' % (response, visit)
            row = [date + 'T09:00:00.000+02:00', visit, date, (time + ':00.000+02:00') if time else '', minutes, staff]
        else:
            row = [visit, date, time, minutes, staff, language]
        for code in codes:
            value, comment = answers.get((response, code), ('', ''))
            row += [value, comment]
        if odk:
            row += ['', 'uuid:' + uuid, response, uuid, date + 'T18:00:00', 'submitted_via_web', 'v1']
        writer.writerow(row)
print(len(rows))
