#include "ReviewReportsCommand.h"

#include "ExecQuery.h"

#include "project/Project.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

ReviewReportsCommand::ReviewReportsCommand(Project* project, std::vector<Change> changes, Decision decision, const QString& reason,
                                           const QString& reviewer, const QString& text)
    : UndoCommand(text)
    , m_project(project)
    , m_changes(std::move(changes))
    , m_decision(decision)
    , m_reason(reason)
    , m_reviewer(reviewer)
    , m_at(QDateTime::currentDateTimeUtc())
{
}

bool ReviewReportsCommand::redo(QString* error)
{
    const bool first = m_before.empty();
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            if (first) {
                std::vector<RowSnapshot> before;
                for (const Change& change : m_changes)
                    if (!RowSnapshot::capture(db, QStringLiteral("visit"), QStringLiteral("id = ?"), {change.visitId}, &before, why))
                        return false;
                if (before.size() != m_changes.size()) {
                    *why = QCoreApplication::translate("ReviewCommands", "a visit was deleted in the meantime");
                    return false;
                }
                m_before = std::move(before);
            }
            const QString status = m_decision == Decision::Approve ? QStringLiteral("approved") : QStringLiteral("rejected");
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE visit SET status = ? WHERE id = ?"));
            for (const Change& change : m_changes) {
                update.addBindValue(status);
                update.addBindValue(change.visitId);
                if (!execQuery(update, why))
                    return false;
            }
            if (!first)
                return RowSnapshot::restore(db, m_written, why);
            std::vector<RowSnapshot> written;
            QSqlQuery decision(db);
            decision.prepare(QStringLiteral("INSERT INTO qc_decision (response_id, decision, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)"));
            QSqlQuery event(db);
            event.prepare(QStringLiteral("INSERT INTO visit_event (visit_id, at, status, shopper_id, note) "
                                         "SELECT id, ?, status, shopper_id, ? FROM visit WHERE id = ?"));
            const QString at = m_at.toString(Qt::ISODate);
            for (const Change& change : m_changes) {
                decision.addBindValue(change.responseId);
                decision.addBindValue(m_decision == Decision::Approve ? QStringLiteral("approved") : QStringLiteral("sent_back"));
                decision.addBindValue(m_reason.isNull() ? QStringLiteral("") : m_reason);
                decision.addBindValue(m_reviewer.isNull() ? QStringLiteral("") : m_reviewer);
                decision.addBindValue(at);
                if (!execQuery(decision, why)
                    || !RowSnapshot::capture(db, QStringLiteral("qc_decision"), QStringLiteral("id = ?"), {decision.lastInsertId()}, &written,
                                             why))
                    return false;
                event.addBindValue(at);
                event.addBindValue(m_reason.isNull() ? QStringLiteral("") : m_reason);
                event.addBindValue(change.visitId);
                if (!execQuery(event, why)
                    || !RowSnapshot::capture(db, QStringLiteral("visit_event"), QStringLiteral("id = ?"), {event.lastInsertId()}, &written,
                                             why))
                    return false;
            }
            m_written = std::move(written);
            return true;
        },
        error);
    if (!ok && first)
        m_before.clear();
    return ok;
}

bool ReviewReportsCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery remove(db);
            for (const RowSnapshot& row : m_written) {
                remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(row.table)); // the table names are ours
                remove.addBindValue(row.value("id"));
                if (!execQuery(remove, why))
                    return false;
            }
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE visit SET status = ? WHERE id = ?"));
            for (const RowSnapshot& visit : m_before) {
                update.addBindValue(visit.value("status"));
                update.addBindValue(visit.value("id"));
                if (!execQuery(update, why))
                    return false;
            }
            return true;
        },
        error);
}
