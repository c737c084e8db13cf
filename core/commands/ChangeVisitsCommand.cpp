#include "ChangeVisitsCommand.h"

#include "ExecQuery.h"

#include "fieldwork/VisitAction.h"
#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant nullable(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QString kUpdate = QStringLiteral("UPDATE visit SET status = ?, shopper_id = ?, assigned_by = ?, locked = ? WHERE id = ?");

} // namespace

ChangeVisitsCommand::ChangeVisitsCommand(Project* project, std::vector<Change> changes, const QString& text)
    : UndoCommand(text)
    , m_project(project)
    , m_changes(std::move(changes))
    , m_at(QDateTime::currentDateTimeUtc())
{
}

bool ChangeVisitsCommand::redo(QString* error)
{
    const bool first = m_before.empty();
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            if (first) {
                std::vector<RowSnapshot> before;
                for (const Change& change : m_changes)
                    if (!RowSnapshot::capture(db, QStringLiteral("visit"), QStringLiteral("id = ?"), {change.visitId}, &before, why))
                        return false;
                if (before.size() != m_changes.size()) {
                    *why = VisitAction::tr("a visit was deleted in the meantime");
                    return false;
                }
                m_before = std::move(before);
            }
            query.prepare(kUpdate);
            for (const Change& change : m_changes) {
                query.addBindValue(change.status);
                query.addBindValue(nullable(change.shopperId));
                query.addBindValue(textOrNull(change.assignedBy));
                query.addBindValue(change.locked ? 1 : 0);
                query.addBindValue(change.visitId);
                if (!execQuery(query, why))
                    return false;
            }
            if (!first)
                return RowSnapshot::restore(db, m_events, why);
            // The history: one event per changed visit, with the note.
            std::vector<RowSnapshot> events;
            QSqlQuery event(db);
            event.prepare(QStringLiteral("INSERT INTO visit_event (visit_id, at, status, shopper_id, note) VALUES (?, ?, ?, ?, ?)"));
            for (const Change& change : m_changes) {
                event.addBindValue(change.visitId);
                event.addBindValue(m_at.toString(Qt::ISODate));
                event.addBindValue(change.status);
                event.addBindValue(nullable(change.shopperId));
                event.addBindValue(change.note.isNull() ? QStringLiteral("") : change.note); // a null QString binds NULL
                if (!execQuery(event, why)
                    || !RowSnapshot::capture(db, QStringLiteral("visit_event"), QStringLiteral("id = ?"), {event.lastInsertId()},
                                             &events, why))
                    return false;
            }
            m_events = std::move(events);
            return true;
        },
        error);
    if (!ok && first)
        m_before.clear(); // the next try is a first run again
    return ok;
}

bool ChangeVisitsCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM visit_event WHERE id = ?"));
            for (const RowSnapshot& event : m_events) {
                query.addBindValue(event.value("id"));
                if (!execQuery(query, why))
                    return false;
            }
            query.prepare(kUpdate);
            for (const RowSnapshot& visit : m_before) {
                query.addBindValue(visit.value("status"));
                query.addBindValue(visit.value("shopper_id"));
                query.addBindValue(visit.value("assigned_by"));
                query.addBindValue(visit.value("locked"));
                query.addBindValue(visit.value("id"));
                if (!execQuery(query, why))
                    return false;
            }
            return true;
        },
        error);
}
