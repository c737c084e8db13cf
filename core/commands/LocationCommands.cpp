#include "LocationCommands.h"

#include "ImportLocationsCommand.h"
#include "UndoStack.h"
#include "project/Project.h"

namespace Command {

bool importLocations(Project* project, const LocationImport::Plan& plan, const QString& fileName, bool validRowsOnly,
                     QString* error)
{
    const auto fatal = std::any_of(plan.problems.cbegin(), plan.problems.cend(),
                                   [](const CsvProblem& problem) { return problem.severity == CsvProblem::Severity::Fatal; });
    if (fatal || (plan.hasErrors() && !validRowsOnly)) {
        if (error)
            *error = LocationImport::tr("%1 has problems; nothing was imported").arg(fileName);
        return false;
    }
    if (plan.records.empty()) {
        if (error)
            *error = LocationImport::tr("%1 holds no location to import").arg(fileName);
        return false;
    }
    return project->undoStack()->push(std::make_unique<ImportLocationsCommand>(project, plan, fileName), error);
}

} // namespace Command
