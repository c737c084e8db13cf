#include "SaveScenarioCommand.h"

#include "ExecQuery.h"

#include "planning/ScenarioStore.h"
#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool capture(const QSqlDatabase& db, qint64 id, std::vector<RowSnapshot>* rows, QString* error)
{
    return RowSnapshot::capture(db, QStringLiteral("scenario"), QStringLiteral("id = ?"), {id}, rows, error)
           && RowSnapshot::capture(db, QStringLiteral("scenario_text"), QStringLiteral("scenario_id = ?"), {id}, rows, error)
           && RowSnapshot::capture(db, QStringLiteral("scenario_requirement"), QStringLiteral("scenario_id = ?"), {id}, rows,
                                   error);
}

// Makes scenario `id` exactly `rows` (its row first, then its texts and requirements), or
// removes it when rows is empty. The row is updated in place, never deleted and inserted,
// because visits hold on to it.
bool putBack(const QSqlDatabase& db, qint64 id, const std::vector<RowSnapshot>& rows, QString* error)
{
    QSqlQuery query(db);
    for (const char* table : {"scenario_text", "scenario_requirement"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE scenario_id = ?").arg(QLatin1String(table)));
        query.addBindValue(id);
        if (!execQuery(query, error))
            return false;
    }
    if (rows.empty()) {
        query.prepare(QStringLiteral("DELETE FROM scenario WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec()) {
            *error = ScenarioStore::tr("the scenario is played by visits by now and stays");
            return false;
        }
        return true;
    }
    const RowSnapshot& row = rows.front();
    query.prepare(QStringLiteral("SELECT count(*) FROM scenario WHERE id = ?"));
    query.addBindValue(id);
    if (!execQuery(query, error))
        return false;
    const bool exists = query.next() && query.value(0).toInt() > 0;
    if (!exists)
        return RowSnapshot::restore(db, rows, error);
    QStringList sets;
    for (const QString& column : row.columns)
        if (column != QLatin1String("id"))
            sets << column + QStringLiteral(" = ?");
    query.prepare(QStringLiteral("UPDATE scenario SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < row.columns.size(); ++i)
        if (row.columns[i] != QLatin1String("id"))
            query.addBindValue(row.values[i]);
    query.addBindValue(id);
    if (!execQuery(query, error))
        return false;
    return RowSnapshot::restore(db, std::vector<RowSnapshot>(rows.begin() + 1, rows.end()), error);
}
} // namespace

SaveScenarioCommand::SaveScenarioCommand(Project* project, std::optional<qint64> id, const Scenario& scenario,
                                         const QString& text)
    : UndoCommand(text)
    , m_project(project)
    , m_id(id)
    , m_scenario(scenario)
{
}

bool SaveScenarioCommand::redo(QString* error)
{
    std::optional<qint64> id = m_id;
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            if (m_applied)
                return putBack(db, *m_id, m_after, why);
            std::vector<RowSnapshot> before;
            if (id && !capture(db, *id, &before, why))
                return false;
            id = ScenarioStore::write(db, id, m_scenario, why);
            if (!id)
                return false;
            std::vector<RowSnapshot> after;
            if (!capture(db, *id, &after, why))
                return false;
            m_before = std::move(before);
            m_after = std::move(after);
            return true;
        },
        error);
    if (!ok)
        return false;
    m_id = id;
    m_applied = true;
    return true;
}

bool SaveScenarioCommand::undo(QString* error)
{
    return m_project->write([&](const QSqlDatabase& db, QString* why) { return putBack(db, *m_id, m_before, why); },
                            error);
}
