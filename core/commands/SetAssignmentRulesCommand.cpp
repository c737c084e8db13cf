#include "SetAssignmentRulesCommand.h"

#include "assignment/AssignmentRules.h"
#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

SetAssignmentRulesCommand::SetAssignmentRulesCommand(Project* project, const QString& oldJson, const QString& newJson)
    : UndoCommand(newJson.isEmpty() ? AssignmentRules::tr("Reset the assignment rules") : AssignmentRules::tr("Change the assignment rules"))
    , m_project(project)
    , m_old(oldJson)
    , m_new(newJson)
{
}

bool SetAssignmentRulesCommand::redo(QString* error)
{
    return store(m_new, error);
}

bool SetAssignmentRulesCommand::undo(QString* error)
{
    return store(m_old, error);
}

bool SetAssignmentRulesCommand::store(const QString& json, QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            if (json.isEmpty()) {
                if (query.exec(QStringLiteral("DELETE FROM assignment_rule")))
                    return true;
            } else {
                query.prepare(QStringLiteral("INSERT OR REPLACE INTO assignment_rule (id, rule) VALUES (1, ?)"));
                query.addBindValue(json);
                if (query.exec())
                    return true;
            }
            *why = query.lastError().databaseText();
            return false;
        },
        error);
}
