#include "ImportReportsCommand.h"

#include "ExecQuery.h"

#include "project/BulkInserter.h"
#include "project/JsonIdList.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "project/WorkerWrites.h"
#include "results/ScoreStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

ImportReportsCommand::ImportReportsCommand(Project* project, std::vector<ReportImport::Report> reports, const QString& text,
                                           const Writing& writing)
    : UndoCommand(text)
    , m_project(project)
    , m_reports(std::move(reports))
    , m_writing(writing)
    , m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

bool ImportReportsCommand::redo(QString* error)
{
    const bool first = !m_done;
    std::vector<qint64> responseIds = m_responseIds;
    std::vector<qint64> eventIds = m_eventIds;
    std::vector<RowSnapshot> before;
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            sqlite3* handle = ProjectConnection::handleOf(db);
            if (first) {
                responseIds.assign(m_reports.size(), 0);
                eventIds.assign(m_reports.size(), 0);
                // What the import replaces, to put it back on undo.
                for (const auto& report : m_reports) {
                    if (!RowSnapshot::capture(db, QStringLiteral("visit"), QStringLiteral("id = ?"), {report.visitId}, &before, why))
                        return false;
                    if (report.responseId
                        && (!RowSnapshot::capture(db, QStringLiteral("response"), QStringLiteral("id = ?"), {*report.responseId}, &before, why)
                            || !RowSnapshot::capture(db, QStringLiteral("answer"), QStringLiteral("response_id = ?"), {*report.responseId},
                                                     &before, why)
                            || !RowSnapshot::capture(db, QStringLiteral("answer_choice"), QStringLiteral("response_id = ?"),
                                                     {*report.responseId}, &before, why)))
                        return false;
                }
            }
            BulkInserter insertResponse(handle, "INSERT INTO response (id, visit_id, version_id, language, visited_on, visited_at, "
                                                "duration_minutes, staff_description, comment, source, submitted_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            BulkInserter updateResponse(handle, "UPDATE response SET version_id = ?, language = ?, visited_on = ?, visited_at = ?, "
                                                "duration_minutes = ?, staff_description = ?, comment = ?, source = ?, "
                                                "submitted_at = ? WHERE id = ?");
            BulkInserter clearAnswers(handle, "DELETE FROM answer WHERE response_id = ?");
            BulkInserter insertAnswer(handle, "INSERT INTO answer (response_id, question_id, option_id, number, text, comment) "
                                              "VALUES (?, ?, ?, ?, ?, ?)");
            BulkInserter insertChoice(handle, "INSERT INTO answer_choice (response_id, question_id, option_id) VALUES (?, ?, ?)");
            BulkInserter submit(handle, "UPDATE visit SET status = 'submitted' WHERE id = ?");
            BulkInserter event(handle, "INSERT INTO visit_event (id, visit_id, at, status, shopper_id, note) "
                                       "SELECT ?, id, ?, 'submitted', shopper_id, ? FROM visit WHERE id = ?");
            const QString submittedAt = m_writing.submit ? m_at : QString();
            auto failed = [&](const BulkInserter& statement) {
                *why = statement.error();
                return false;
            };
            for (size_t i = 0; i < m_reports.size(); ++i) {
                if (i % 256 == 0 && !WorkerWrites::reportProgress(int(i * 100 / m_reports.size())))
                    return false;
                const auto& report = m_reports[i];
                auto bindOptional = [](BulkInserter& statement, int index, const QString& text) -> BulkInserter& {
                    return text.isEmpty() ? statement.bindNull(index) : statement.bind(index, text);
                };
                if (report.responseId) {
                    BulkInserter& s = updateResponse;
                    s.bind(1, report.versionId).bind(2, report.language).bind(3, report.visitedOn);
                    bindOptional(s, 4, report.visitedAt);
                    report.minutes ? s.bind(5, *report.minutes) : s.bindNull(5);
                    s.bind(6, report.staff).bind(7, report.comment).bind(8, m_writing.source);
                    bindOptional(s, 9, submittedAt).bind(10, *report.responseId);
                    if (!s.insert())
                        return failed(s);
                    clearAnswers.bind(1, *report.responseId);
                    if (!clearAnswers.insert())
                        return failed(clearAnswers);
                    responseIds[i] = *report.responseId;
                } else {
                    BulkInserter& s = insertResponse;
                    responseIds[i] ? s.bind(1, responseIds[i]) : s.bindNull(1);
                    s.bind(2, report.visitId).bind(3, report.versionId).bind(4, report.language).bind(5, report.visitedOn);
                    bindOptional(s, 6, report.visitedAt);
                    report.minutes ? s.bind(7, *report.minutes) : s.bindNull(7);
                    s.bind(8, report.staff).bind(9, report.comment).bind(10, m_writing.source);
                    bindOptional(s, 11, submittedAt);
                    if (!s.insert())
                        return failed(s);
                    responseIds[i] = sqlite3_last_insert_rowid(handle);
                }
                for (const auto& answer : report.answers) {
                    BulkInserter& a = insertAnswer;
                    a.bind(1, responseIds[i]).bind(2, answer.questionId);
                    answer.optionId ? a.bind(3, *answer.optionId) : a.bindNull(3);
                    answer.number ? a.bind(4, *answer.number) : a.bindNull(4);
                    answer.text ? a.bind(5, *answer.text) : a.bindNull(5);
                    bindOptional(a, 6, answer.comment);
                    if (!a.insert())
                        return failed(a);
                    for (qint64 choice : answer.choices) {
                        insertChoice.bind(1, responseIds[i]).bind(2, answer.questionId).bind(3, choice);
                        if (!insertChoice.insert())
                            return failed(insertChoice);
                    }
                }
                if (!m_writing.submit)
                    continue; // a draft leaves the visit as it is
                submit.bind(1, report.visitId);
                if (!submit.insert())
                    return failed(submit);
                eventIds[i] ? event.bind(1, eventIds[i]) : event.bindNull(1);
                event.bind(2, m_at).bind(3, m_writing.note).bind(4, report.visitId);
                if (!event.insert())
                    return failed(event);
                eventIds[i] = sqlite3_last_insert_rowid(handle);
            }
            // The stored scores follow the answers in the same transaction.
            ScoreStore::Counts counts;
            return ScoreStore::rescore(db, QList<qint64>(responseIds.begin(), responseIds.end()), ScoreStore::now(), &counts, why);
        },
        error);
    if (ok && first) {
        m_done = true;
        m_responseIds = std::move(responseIds);
        m_eventIds = std::move(eventIds);
        m_before = std::move(before);
    }
    return ok;
}

bool ImportReportsCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM visit_event WHERE id IN (SELECT value FROM json_each(?))"));
            query.addBindValue(jsonIdList(m_eventIds));
            if (!execQuery(query, why))
                return false;
            // New reports go; replaced ones get their fields and answers back.
            std::vector<qint64> added;
            for (size_t i = 0; i < m_reports.size(); ++i)
                if (!m_reports[i].responseId)
                    added.push_back(m_responseIds[i]);
            query.prepare(QStringLiteral("DELETE FROM response WHERE id IN (SELECT value FROM json_each(?))"));
            query.addBindValue(jsonIdList(added));
            if (!execQuery(query, why))
                return false;
            std::vector<RowSnapshot> answers;
            QSqlQuery clear(db);
            clear.prepare(QStringLiteral("DELETE FROM answer WHERE response_id = ?"));
            QSqlQuery response(db);
            response.prepare(QStringLiteral("UPDATE response SET version_id = ?, language = ?, visited_on = ?, visited_at = ?, "
                                            "duration_minutes = ?, staff_description = ?, comment = ?, source = ?, submitted_at = ? WHERE id = ?"));
            QSqlQuery visit(db);
            visit.prepare(QStringLiteral("UPDATE visit SET status = ? WHERE id = ?"));
            for (const RowSnapshot& row : m_before) {
                if (row.table == QLatin1String("visit")) {
                    visit.addBindValue(row.value("status"));
                    visit.addBindValue(row.value("id"));
                    if (!execQuery(visit, why))
                        return false;
                } else if (row.table == QLatin1String("response")) {
                    clear.addBindValue(row.value("id"));
                    if (!execQuery(clear, why))
                        return false;
                    for (const char* name : {"version_id", "language", "visited_on", "visited_at", "duration_minutes", "staff_description",
                                             "comment", "source", "submitted_at", "id"})
                        response.addBindValue(row.value(name));
                    if (!execQuery(response, why))
                        return false;
                } else {
                    answers.push_back(row);
                }
            }
            if (!RowSnapshot::restore(db, answers, why))
                return false;
            // The replaced reports' scores follow their answers back (new reports took theirs along).
            QList<qint64> replaced;
            for (const auto& report : m_reports)
                if (report.responseId)
                    replaced << *report.responseId;
            ScoreStore::Counts counts;
            return replaced.isEmpty() || ScoreStore::rescore(db, replaced, ScoreStore::now(), &counts, why);
        },
        error);
}
