#include "ProgrammeCommands.h"

#include "SetProgrammeFieldCommand.h"
#include "UndoStack.h"
#include "project/Project.h"

#include <QSqlQuery>

namespace Command {

bool setProgrammeField(Project* project, ProgrammeField::Field field, const QVariant& value, QString* error)
{
    const QString problem = ProgrammeField::validate(field, value);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery query(project->database());
    query.exec(QStringLiteral("SELECT %1 FROM programme WHERE id = 1").arg(ProgrammeField::column(field)));
    const QVariant oldValue = query.next() ? query.value(0) : QVariant();
    query.finish();
    if (oldValue == value || (oldValue.isNull() && value.isNull()))
        return true; // nothing to do, nothing recorded
    return project->undoStack()->push(std::make_unique<SetProgrammeFieldCommand>(project, field, oldValue, value),
                                      error);
}

} // namespace Command
