#include "AssignVisitsCommand.h"

#include "assignment/AssignmentSolver.h"
#include "project/BulkInserter.h"
#include "project/JsonIdList.h"
#include "project/Project.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

namespace {

struct State
{
    QString status;
    qint64 shopper = 0;
    QString by;
    bool locked = false;
};
} // namespace

AssignVisitsCommand::AssignVisitsCommand(Project* project, const QString& waveCode, std::vector<Change> changes)
    : UndoCommand(AssignmentSolver::tr("Assign %n visit(s) of %1 automatically", nullptr, int(changes.size())).arg(waveCode))
    , m_project(project)
    , m_waveCode(waveCode)
    , m_changes(std::move(changes))
    , m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

bool AssignVisitsCommand::redo(QString* error)
{
    return apply(true, error);
}

bool AssignVisitsCommand::undo(QString* error)
{
    return apply(false, error);
}

bool AssignVisitsCommand::apply(bool forward, QString* error)
{
    const bool first = forward && m_eventIds.empty();
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            // Every visit must be as this side expects it: as seen before (redo) or as written (undo).
            std::vector<qint64> ids;
            ids.reserve(m_changes.size());
            for (const Change& change : m_changes)
                ids.push_back(change.visitId);
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT id, status, ifnull(shopper_id, 0), ifnull(assigned_by, ''), locked FROM visit "
                                         "WHERE id IN (SELECT value FROM json_each(?))"));
            query.addBindValue(jsonIdList(ids));
            if (!query.exec()) {
                *why = query.lastError().databaseText();
                return false;
            }
            std::unordered_map<qint64, State> now;
            while (query.next())
                now[query.value(0).toLongLong()] = {query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toString(),
                                                    query.value(4).toInt() != 0};
            const QString by = QStringLiteral("auto");
            for (const Change& change : m_changes) {
                const auto it = now.find(change.visitId);
                const State expected = forward ? State{change.expectedStatus, change.expectedShopperId, change.expectedAssignedBy, false}
                                               : State{change.shopperId ? QStringLiteral("assigned") : QStringLiteral("planned"),
                                                       change.shopperId, change.shopperId ? by : QString(), false};
                if (it == now.end() || it->second.status != expected.status || it->second.shopper != expected.shopper
                    || it->second.by != expected.by || it->second.locked) {
                    *why = AssignmentSolver::tr("the visits of wave %1 changed since they were read (visit %2); run the assignment again")
                               .arg(m_waveCode)
                               .arg(change.visitId);
                    return false;
                }
            }

            // One prepared statement each for tens of thousands of rows, in this transaction.
            BulkInserter update(ProjectConnection::handleOf(db),
                                "UPDATE visit SET status = ?, shopper_id = nullif(?, 0), assigned_by = nullif(?, '') WHERE id = ?");
            for (const Change& change : m_changes) {
                const bool assigned = forward ? change.shopperId != 0 : change.expectedShopperId != 0;
                update.bind(1, forward ? (assigned ? QStringLiteral("assigned") : QStringLiteral("planned")) : change.expectedStatus)
                    .bind(2, forward ? change.shopperId : change.expectedShopperId)
                    .bind(3, forward ? (assigned ? by : QString()) : change.expectedAssignedBy)
                    .bind(4, change.visitId);
                if (!update.insert()) {
                    *why = update.error();
                    return false;
                }
            }
            if (!forward) {
                query.prepare(QStringLiteral("DELETE FROM visit_event WHERE id IN (SELECT value FROM json_each(?))"));
                query.addBindValue(jsonIdList(m_eventIds));
                if (!query.exec()) {
                    *why = query.lastError().databaseText();
                    return false;
                }
                return true;
            }
            BulkInserter event(ProjectConnection::handleOf(db),
                               "INSERT INTO visit_event (id, visit_id, at, status, shopper_id, note) VALUES (?, ?, ?, ?, nullif(?, 0), ?)");
            const QString note = QStringLiteral("auto-assign");
            for (size_t i = 0; i < m_changes.size(); ++i) {
                const Change& change = m_changes[i];
                if (first)
                    event.bindNull(1);
                else
                    event.bind(1, m_eventIds[i]);
                event.bind(2, change.visitId)
                    .bind(3, m_at)
                    .bind(4, change.shopperId ? QStringLiteral("assigned") : QStringLiteral("planned"))
                    .bind(5, change.shopperId)
                    .bind(6, note);
                if (!event.insert()) {
                    *why = event.error();
                    return false;
                }
                if (first)
                    m_eventIds.push_back(event.lastInsertId());
            }
            return true;
        },
        error);
    if (!ok && first)
        m_eventIds.clear();
    return ok;
}
