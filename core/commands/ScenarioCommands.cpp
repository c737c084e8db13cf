#include "ScenarioCommands.h"

#include "DeleteScenariosCommand.h"
#include "SaveScenarioCommand.h"
#include "UndoStack.h"
#include "planning/ScenarioStore.h"
#include "planning/ScenarioValidator.h"
#include "project/Project.h"

namespace Command {

bool saveScenario(Project* project, const Scenario& scenario, const QString& originalCode, QString* problems)
{
    Scenario tidy = scenario;
    tidy.tidy();
    const QSqlDatabase db = project->database();
    const QStringList found = ScenarioValidator::problems(db, tidy, originalCode);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found.join(QLatin1Char('\n'));
        return false;
    }
    std::optional<qint64> id;
    QString text = ScenarioStore::tr("Add scenario %1").arg(tidy.code);
    if (!originalCode.isEmpty()) {
        auto current = ScenarioStore::load(db, originalCode, nullptr);
        if (current)
            current->tidy();
        if (current == tidy)
            return true; // nothing to do, nothing to undo
        id = ScenarioStore::idOf(db, originalCode);
        text = originalCode == tidy.code ? ScenarioStore::tr("Edit scenario %1").arg(tidy.code)
                                         : ScenarioStore::tr("Edit scenario %1 (now %2)").arg(originalCode, tidy.code);
    }
    return project->undoStack()->push(std::make_unique<SaveScenarioCommand>(project, id, tidy, text), problems);
}

std::optional<QString> duplicateScenario(Project* project, const QString& code, const QString& newCode, QString* error)
{
    const QSqlDatabase db = project->database();
    auto copy = ScenarioStore::load(db, code, error);
    if (!copy)
        return std::nullopt;
    copy->code = newCode.trimmed().isEmpty() ? ScenarioStore::copyCode(db, code) : newCode.trimmed();
    copy->tidy();
    const QStringList found = ScenarioValidator::problems(db, *copy, QString());
    if (!found.isEmpty()) {
        if (error)
            *error = found.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    const QString text = ScenarioStore::tr("Duplicate scenario %1 as %2").arg(code, copy->code);
    if (!project->undoStack()->push(std::make_unique<SaveScenarioCommand>(project, std::nullopt, *copy, text), error))
        return std::nullopt;
    return copy->code;
}

bool deleteScenarios(Project* project, const QStringList& codes, QString* error)
{
    if (codes.isEmpty())
        return true;
    // Refusals are told before the edit starts, in the user's words rather than as a failed write.
    for (const QString& code : codes) {
        const auto id = ScenarioStore::idOf(project->database(), code);
        const qint64 visits = id ? ScenarioStore::visitCount(project->database(), *id) : 0;
        if (!id || visits > 0) {
            if (error)
                *error = !id ? ScenarioStore::tr("there is no scenario %1").arg(code)
                             : ScenarioStore::tr("%1 is played by %n visit(s); make it inactive instead of deleting it",
                                                 nullptr, int(visits))
                                   .arg(code);
            return false;
        }
    }
    return project->undoStack()->push(std::make_unique<DeleteScenariosCommand>(project, codes), error);
}

} // namespace Command
