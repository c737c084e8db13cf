#include "DeleteScenariosCommand.h"

#include "planning/ScenarioStore.h"
#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

DeleteScenariosCommand::DeleteScenariosCommand(Project* project, const QStringList& codes)
    : UndoCommand(codes.size() == 1 ? ScenarioStore::tr("Delete scenario %1").arg(codes.first())
                                    : ScenarioStore::tr("Delete %n scenario(s)", nullptr, int(codes.size())))
    , m_project(project)
    , m_codes(codes)
{
}

bool DeleteScenariosCommand::redo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            m_rows.clear();
            QList<qint64> ids;
            for (const QString& code : m_codes) {
                const auto id = ScenarioStore::idOf(db, code);
                if (!id) {
                    *why = ScenarioStore::tr("there is no scenario %1").arg(code);
                    return false;
                }
                if (const qint64 visits = ScenarioStore::visitCount(db, *id); visits > 0) {
                    *why = ScenarioStore::tr("%1 is played by %n visit(s); make it inactive instead of deleting it",
                                             nullptr, int(visits))
                               .arg(code);
                    return false;
                }
                if (!RowSnapshot::capture(db, QStringLiteral("scenario"), QStringLiteral("id = ?"), {*id}, &m_rows, why))
                    return false;
                ids << *id;
            }
            for (const char* child : {"scenario_text", "scenario_requirement"})
                for (qint64 id : ids)
                    if (!RowSnapshot::capture(db, QString::fromLatin1(child), QStringLiteral("scenario_id = ?"), {id},
                                              &m_rows, why))
                        return false;
            QSqlQuery remove(db);
            remove.prepare(QStringLiteral("DELETE FROM scenario WHERE id = ?"));
            for (qint64 id : ids) {
                remove.addBindValue(id);
                if (!remove.exec()) {
                    *why = remove.lastError().databaseText();
                    return false;
                }
            }
            return true;
        },
        error);
}

bool DeleteScenariosCommand::undo(QString* error)
{
    return m_project->write([&](const QSqlDatabase& db, QString* why) { return RowSnapshot::restore(db, m_rows, why); },
                            error);
}
